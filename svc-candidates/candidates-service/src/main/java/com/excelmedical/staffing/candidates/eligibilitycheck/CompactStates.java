package com.excelmedical.staffing.candidates.eligibilitycheck;

import com.excelmedical.staffing.candidates.eligibility.CompactMembership;
import com.excelmedical.staffing.candidates.eligibility.StateCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.Set;

/**
 * Nurse Licensure Compact membership from {@code nurse_licensure_compact}, read once and kept: the table
 * changes only with a migration, that is with a new deployment.
 */
@Component
public class CompactStates {

    private final JdbcClient jdbc;
    private volatile CompactMembership membership;

    CompactStates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public CompactMembership membership() {
        CompactMembership held = membership;
        if (held == null) {
            held = read();
            membership = held;
        }
        return held;
    }

    private CompactMembership read() {
        Set<StateCode> issuing = new HashSet<>();
        Set<StateCode> honouringOnly = new HashSet<>();
        jdbc.sql("SELECT state_code, issues_multistate, honours_multistate FROM nurse_licensure_compact")
                .query(rs -> {
                    StateCode state = StateCode.of(rs.getString("state_code"));
                    if (rs.getBoolean("issues_multistate")) {
                        issuing.add(state);
                    } else if (rs.getBoolean("honours_multistate")) {
                        honouringOnly.add(state);
                    }
                });
        return CompactMembership.of(issuing, honouringOnly);
    }
}
