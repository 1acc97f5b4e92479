package com.excelmedical.staffing.candidates.credentials;

import com.excelmedical.staffing.candidates.accounts.CandidateAccount;
import com.excelmedical.staffing.candidates.accounts.CandidateAccounts;
import com.excelmedical.staffing.candidates.accounts.CandidateStatus;
import com.excelmedical.staffing.platform.problems.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Whose credentials a call is about: the signed-in candidate (created from the token when the registration
 * has not arrived yet, as for the profile), who may only write while active; or, for staff, a candidate
 * that must exist (404 otherwise).
 */
@Component
public class CredentialOwners {

    private final CandidateAccounts accounts;
    private final JdbcClient jdbc;

    CredentialOwners(CandidateAccounts accounts, JdbcClient jdbc) {
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    /** The candidate reading their own credentials. */
    public UUID reader(UUID userId) {
        return accounts.ensure(userId).id();
    }

    /** The candidate changing their own credentials; 409 when deactivated or erased. */
    public UUID writer(UUID userId) {
        CandidateAccount account = accounts.ensure(userId);
        if (account.status() != CandidateStatus.ACTIVE) {
            throw new CandidateClosedException(account.id());
        }
        return account.id();
    }

    /** A candidate staff ask about; 404 when there is none. */
    public UUID existing(UUID candidateId) {
        boolean known = jdbc.sql("SELECT EXISTS (SELECT 1 FROM candidates WHERE id = :id)").param("id", candidateId)
                .query(Boolean.class).single();
        if (!known) {
            throw new NotFoundException("Candidate", candidateId);
        }
        return candidateId;
    }
}
