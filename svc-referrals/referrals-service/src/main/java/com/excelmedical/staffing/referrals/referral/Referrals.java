package com.excelmedical.staffing.referrals.referral;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Writes referrals as the lifecycle moves them forward; every step is idempotent and order-independent. */
@Repository
public class Referrals {

    private static final RowMapper<Referral> ROW = (rs, n) -> new Referral(rs.getObject("id", UUID.class),
            rs.getObject("referrer_id", UUID.class), rs.getObject("referred_user_id", UUID.class),
            ReferralStatus.fromCode(rs.getString("status")),
            rs.getTimestamp("placed_at") == null ? null : rs.getTimestamp("placed_at").toInstant());

    private final JdbcClient jdbc;

    Referrals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void invite(UUID id, UUID referrerId, Invitee invitee, Instant now) {
        jdbc.sql("""
                        INSERT INTO referrals (id, referrer_id, referred_email, referred_name, referred_phone, status, job_id,
                                               invited_at, created_at, updated_at)
                        VALUES (:id, :referrer, :email, :name, :phone, 'invited', :job, :now, :now, :now)""")
                .param("id", id).param("referrer", referrerId).param("email", invitee.email())
                .param("name", invitee.name()).param("phone", invitee.phone()).param("job", invitee.jobId())
                .param("now", Timestamp.from(now))
                .update();
    }

    public boolean exists(UUID referrerId, String email) {
        return jdbc.sql("SELECT count(*) FROM referrals WHERE referrer_id = :referrer AND lower(referred_email) = lower(:email)")
                .param("referrer", referrerId).param("email", email).query(Long.class).single() > 0;
    }

    public Optional<Referral> ofReferredUser(UUID userId) {
        return jdbc.sql("SELECT * FROM referrals WHERE referred_user_id = :user").param("user", userId).query(ROW).optional();
    }

    /** The open invitation of this referrer to this email, if any. */
    public Optional<UUID> invitation(UUID referrerId, String email) {
        return jdbc.sql("""
                        SELECT id FROM referrals WHERE referrer_id = :referrer AND lower(referred_email) = lower(:email)
                        AND status = 'invited' AND referred_user_id IS NULL""")
                .param("referrer", referrerId).param("email", email).query(UUID.class).optional();
    }

    /** The first open invitation to this email, whoever sent it. */
    public Optional<UUID> firstInvitation(String email) {
        return jdbc.sql("""
                        SELECT id FROM referrals WHERE lower(referred_email) = lower(:email) AND status = 'invited'
                        AND referred_user_id IS NULL ORDER BY created_at, id LIMIT 1""")
                .param("email", email).query(UUID.class).optional();
    }

    /** Links an invitation to the user who registered with its email. */
    public void link(UUID referralId, UUID userId, Instant registeredAt) {
        jdbc.sql("""
                        UPDATE referrals SET referred_user_id = :user, status = 'registered', registered_at = :at, updated_at = :at
                        WHERE id = :id""")
                .param("id", referralId).param("user", userId).param("at", Timestamp.from(registeredAt))
                .update();
    }

    /** A referral that starts at registration: the user typed the referrer's code. */
    public void registerWithCode(UUID id, UUID referrerId, UUID userId, String code, Invitee invitee, Instant registeredAt) {
        jdbc.sql("""
                        INSERT INTO referrals (id, referrer_id, referred_email, referred_name, code, status, referred_user_id,
                                               registered_at, created_at, updated_at)
                        VALUES (:id, :referrer, :email, :name, :code, 'registered', :user, :at, :at, :at)""")
                .param("id", id).param("referrer", referrerId).param("email", invitee.email()).param("name", invitee.name())
                .param("code", code).param("user", userId).param("at", Timestamp.from(registeredAt))
                .update();
    }

    public void setCode(UUID referralId, String code) {
        jdbc.sql("UPDATE referrals SET code = :code WHERE id = :id").param("id", referralId).param("code", code).update();
    }

    /**
     * The referred user applied: status at least {@code applied}, the earliest application date kept (also
     * when the submission is processed after the placement, so every order ends in the same state).
     */
    public void applied(UUID referralId, UUID applicationId, UUID jobId, Instant at) {
        jdbc.sql("""
                        UPDATE referrals SET
                            status = CASE WHEN status IN ('invited', 'registered') THEN 'applied' ELSE status END,
                            applied_at = least(applied_at, :at),
                            application_id = CASE WHEN placed_at IS NULL AND (applied_at IS NULL OR :at < applied_at)
                                THEN :application ELSE application_id END,
                            job_id = CASE WHEN placed_at IS NULL AND (applied_at IS NULL OR :at < applied_at)
                                THEN :job ELSE job_id END,
                            updated_at = greatest(updated_at, :at)
                        WHERE id = :id""")
                .param("id", referralId).param("application", applicationId).param("job", jobId)
                .param("at", Timestamp.from(at))
                .update();
    }

    /**
     * Records a placement; true only for the first one of the referral (the one that pays). A second
     * placement through another application is recorded, and counted, but pays nothing.
     */
    public boolean placed(UUID referralId, UUID applicationId, UUID jobId, Instant at) {
        int recorded = jdbc.sql("""
                        INSERT INTO referral_placements (referral_id, application_id, job_id, placed_at)
                        VALUES (:id, :application, :job, :at) ON CONFLICT DO NOTHING""")
                .param("id", referralId).param("application", applicationId).param("job", jobId)
                .param("at", Timestamp.from(at))
                .update();
        if (recorded == 0) {
            return false;
        }
        return jdbc.sql("""
                        UPDATE referrals SET placements = placements + 1,
                            status = 'placed', placed_at = coalesce(placed_at, :at),
                            application_id = CASE WHEN placed_at IS NULL THEN :application ELSE application_id END,
                            job_id = CASE WHEN placed_at IS NULL THEN :job ELSE job_id END,
                            updated_at = greatest(updated_at, :at)
                        WHERE id = :id
                        RETURNING placements""")
                .param("id", referralId).param("application", applicationId).param("job", jobId)
                .param("at", Timestamp.from(at))
                .query(Integer.class).single() == 1;
    }

    /** Nulls the email, name and phone of the erased user where they are the referred person. */
    public int anonymizeReferred(UUID userId, String email) {
        return jdbc.sql("""
                        UPDATE referrals SET referred_email = NULL, referred_name = NULL, referred_phone = NULL
                        WHERE referred_user_id = :user OR (:email IS NOT NULL AND lower(referred_email) = lower(CAST(:email AS text)))""")
                .param("user", userId).param("email", email)
                .update();
    }

    /** What an invitation or a registration tells about the referred person. */
    public record Invitee(String email, String name, String phone, UUID jobId) {
    }
}
