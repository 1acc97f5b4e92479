package com.excelmedical.staffing.referrals.member;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The users whose registration this service has processed, with the email invitations are matched on. */
@Repository
public class Members {

    private final JdbcClient jdbc;

    Members(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a registration; false when it was recorded before (or the user was erased first). */
    public boolean register(UUID userId, String email, Instant registeredAt) {
        return jdbc.sql("""
                        INSERT INTO members (user_id, email, registered_at) VALUES (:user, :email, :at)
                        ON CONFLICT (user_id) DO NOTHING""")
                .param("user", userId).param("email", email).param("at", Timestamp.from(registeredAt))
                .update() == 1;
    }

    public boolean isKnown(UUID userId) {
        return jdbc.sql("SELECT count(*) FROM members WHERE user_id = :user").param("user", userId)
                .query(Long.class).single() > 0;
    }

    public Optional<String> email(UUID userId) {
        return jdbc.sql("SELECT email FROM members WHERE user_id = :user AND email IS NOT NULL").param("user", userId)
                .query(String.class).optional();
    }

    public boolean isMemberEmail(String email) {
        return jdbc.sql("SELECT count(*) FROM members WHERE lower(email) = lower(:email)").param("email", email)
                .query(Long.class).single() > 0;
    }

    /**
     * Forgets the user's email; returns it so that the caller can anonymize where else it appears. A user
     * erased before their registration arrived is recorded as erased, so that the registration stores nothing.
     */
    public Optional<String> erase(UUID userId, Instant at) {
        Optional<String> email = email(userId);
        jdbc.sql("""
                        INSERT INTO members (user_id, email, registered_at, erased_at) VALUES (:user, NULL, :at, :at)
                        ON CONFLICT (user_id) DO UPDATE SET email = NULL, erased_at = :at""")
                .param("user", userId).param("at", Timestamp.from(at))
                .update();
        return email;
    }
}
