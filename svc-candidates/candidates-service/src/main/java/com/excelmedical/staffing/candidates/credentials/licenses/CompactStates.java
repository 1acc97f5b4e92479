package com.excelmedical.staffing.candidates.credentials.licenses;

import com.excelmedical.staffing.candidates.eligibility.CompactMembership;
import com.excelmedical.staffing.candidates.eligibility.StateCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.Set;

/** The Nurse Licensure Compact membership as the {@code nurse_licensure_compact} reference table holds it. */
@Component
class CompactStates {

    private final JdbcClient jdbc;

    CompactStates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    CompactMembership membership() {
        Set<StateCode> full = new HashSet<>();
        Set<StateCode> honouring = new HashSet<>();
        jdbc.sql("SELECT state_code, issues_multistate, honours_multistate FROM nurse_licensure_compact")
                .query((rs, n) -> {
                    StateCode state = StateCode.of(rs.getString("state_code"));
                    if (rs.getBoolean("issues_multistate")) {
                        full.add(state);
                    } else if (rs.getBoolean("honours_multistate")) {
                        honouring.add(state);
                    }
                    return state;
                }).list();
        return CompactMembership.of(full, honouring);
    }
}
