package com.excelmedical.staffing.candidates.accounts;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.util.UUID;

/**
 * What svc-identity tells about a candidate's account: registration completes the row (created here or
 * earlier from the candidate's token, never twice), deactivation stops the candidate acting, erasure
 * removes the account's personal data and tells every feature to remove its own ({@link CandidateErased}).
 */
@Component
public class AccountLifecycle {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    AccountLifecycle(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Upserts the registration details; an erased account stays erased. */
    @Transactional
    public void registered(Registration registration) {
        jdbc.sql("""
                        INSERT INTO candidates (id, email, first_name, last_name, registered_referral_code, registered_at)
                        VALUES (:id, :email, :firstName, :lastName, :referralCode, :registeredAt)
                        ON CONFLICT (id) DO UPDATE SET email = excluded.email, first_name = excluded.first_name,
                            last_name = excluded.last_name, registered_referral_code = excluded.registered_referral_code,
                            registered_at = excluded.registered_at, updated_at = now()
                        WHERE candidates.status <> 'ERASED'""")
                .param("id", registration.candidateId())
                .param("email", registration.email())
                .param("firstName", registration.firstName())
                .param("lastName", registration.lastName())
                .param("referralCode", registration.referralCode())
                .param("registeredAt", Timestamp.from(registration.registeredAt()))
                .update();
    }

    /** A deactivated candidate keeps the profile but can no longer apply; unknown ids change nothing. */
    @Transactional
    public void deactivated(UUID candidateId) {
        jdbc.sql("UPDATE candidates SET status = 'DEACTIVATED', updated_at = now() WHERE id = :id AND status = 'ACTIVE'")
                .param("id", candidateId)
                .update();
    }

    /**
     * Erases the account's personal data and publishes {@link CandidateErased} in this transaction, so every
     * feature erases what it holds before it commits. The version moves on, so an edit in flight fails.
     */
    @Transactional
    public void erased(UUID candidateId) {
        int erased = jdbc.sql("""
                        UPDATE candidates SET status = 'ERASED', email = NULL, first_name = NULL, last_name = NULL,
                            registered_referral_code = NULL, updated_at = now(), version = version + 1
                        WHERE id = :id""")
                .param("id", candidateId)
                .update();
        if (erased == 1) {
            events.publishEvent(new CandidateErased(candidateId));
        }
    }
}
