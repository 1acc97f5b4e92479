package com.excelmedical.staffing.candidates.accounts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.UUID;

/** Inserts the candidate row on first sight (a no-op when it exists) and reads what other features need. */
@Repository
class JdbcCandidateAccounts implements CandidateAccounts {

    private final JdbcClient jdbc;

    JdbcCandidateAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public CandidateAccount ensure(UUID userId) {
        jdbc.sql("INSERT INTO candidates (id) VALUES (:id) ON CONFLICT (id) DO NOTHING")
                .param("id", userId)
                .update();
        return jdbc.sql("SELECT id, status, registered_referral_code FROM candidates WHERE id = :id")
                .param("id", userId)
                .query((rs, n) -> new CandidateAccount(rs.getObject("id", UUID.class),
                        CandidateStatus.valueOf(rs.getString("status")), rs.getString("registered_referral_code")))
                .single();
    }
}
