package com.excelmedical.staffing.candidates.credentials;

import com.excelmedical.staffing.candidates.accounts.CandidateErased;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Deletes an erased candidate's credentials (license and credential numbers, employers, schools and
 * the notices sent about them), in the transaction that erased the account.
 */
@Component
class CredentialErasure {

    private static final String[] TABLES = {"credential_expiry_notices", "candidate_licenses", "candidate_certifications",
            "candidate_work_experiences", "candidate_education"};

    private final JdbcClient jdbc;

    CredentialErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(CandidateErased erased) {
        for (String table : TABLES) {
            jdbc.sql("DELETE FROM " + table + " WHERE candidate_id = :id").param("id", erased.candidateId()).update();
        }
    }
}
