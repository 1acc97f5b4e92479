package com.excelmedical.staffing.candidates.accounts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Optional;
import java.util.UUID;

/**
 * Reads the candidate row, inserting it first on first sight: a candidate seen before costs one statement,
 * and two first calls at once still make one row (the insert is a no-op for the second).
 */
@Repository
class JdbcCandidateAccounts implements CandidateAccounts {

    private final JdbcClient jdbc;

    JdbcCandidateAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public CandidateAccount ensure(UUID userId) {
        return find(userId).orElseGet(() -> {
            jdbc.sql("INSERT INTO candidates (id) VALUES (:id) ON CONFLICT (id) DO NOTHING")
                    .param("id", userId)
                    .update();
            return find(userId).orElseThrow();
        });
    }

    private Optional<CandidateAccount> find(UUID userId) {
        return jdbc.sql("SELECT id, status, registered_referral_code FROM candidates WHERE id = :id")
                .param("id", userId)
                .query((rs, n) -> new CandidateAccount(rs.getObject("id", UUID.class),
                        CandidateStatus.valueOf(rs.getString("status")), rs.getString("registered_referral_code")))
                .optional();
    }
}
