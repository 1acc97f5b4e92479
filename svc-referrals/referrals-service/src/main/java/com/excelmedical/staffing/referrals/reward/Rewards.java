package com.excelmedical.staffing.referrals.reward;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stores rewards: at most one per referral, and a decision saved only onto the version it was made on. */
@Repository
class Rewards {

    static final RowMapper<Reward> ROW = Rewards::map;

    private final JdbcClient jdbc;

    Rewards(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** False when the referral has its reward already (the unique referral_id decides, also between racing consumers). */
    boolean insert(RewardData reward, Instant now) {
        return jdbc.sql("""
                        INSERT INTO referral_rewards (id, referral_id, referrer_id, referred_user_id, application_id, job_id,
                                                      amount, currency, status, placed_at, qualifies_at, created_at)
                        VALUES (:id, :referral, :referrer, :referred, :application, :job, :amount, :currency, 'pending',
                                :placedAt, :qualifiesAt, :now)
                        ON CONFLICT (referral_id) DO NOTHING""")
                .param("id", reward.id()).param("referral", reward.referralId()).param("referrer", reward.referrerId())
                .param("referred", reward.referredUserId()).param("application", reward.applicationId())
                .param("job", reward.jobId()).param("amount", reward.amount()).param("currency", reward.currency())
                .param("placedAt", Timestamp.from(reward.placedAt())).param("qualifiesAt", Timestamp.from(reward.qualifiesAt()))
                .param("now", Timestamp.from(now))
                .update() == 1;
    }

    Optional<Reward> find(UUID id) {
        return jdbc.sql("SELECT * FROM referral_rewards WHERE id = :id").param("id", id).query(ROW).optional();
    }

    /** Saves a decision; another decision saved since this reward was read → {@link OptimisticLockingFailureException} (409). */
    void saveDecision(Reward reward) {
        int updated = jdbc.sql("""
                        UPDATE referral_rewards SET status = :status, decided_by = :decidedBy, decided_at = :decidedAt,
                            denial_reason = :reason, payment_method = :method, payment_reference = :reference, paid_at = :paidAt,
                            version = version + 1
                        WHERE id = :id AND version = :version""")
                .param("id", reward.id()).param("version", reward.data().version())
                .param("status", reward.status().code()).param("decidedBy", reward.decidedBy())
                .param("decidedAt", timestamp(reward.decidedAt())).param("reason", reward.denialReason())
                .param("method", reward.paymentMethod() == null ? null : reward.paymentMethod().code())
                .param("reference", reward.paymentReference()).param("paidAt", timestamp(reward.paidAt()))
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("reward " + reward.id() + " was decided by someone else meanwhile");
        }
    }

    List<Reward> page(RewardStatus status, int limit, long offset) {
        return jdbc.sql("""
                        SELECT * FROM referral_rewards WHERE (CAST(:status AS text) IS NULL OR status = :status)
                        ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset""")
                .param("status", status == null ? null : status.code()).param("limit", limit).param("offset", offset)
                .query(ROW).list();
    }

    long count(RewardStatus status) {
        return jdbc.sql("SELECT count(*) FROM referral_rewards WHERE (CAST(:status AS text) IS NULL OR status = :status)")
                .param("status", status == null ? null : status.code()).query(Long.class).single();
    }

    private static Reward map(ResultSet rs, int row) throws SQLException {
        RewardData data = new RewardData(rs.getObject("id", UUID.class), rs.getObject("referral_id", UUID.class),
                rs.getObject("referrer_id", UUID.class), rs.getObject("referred_user_id", UUID.class),
                rs.getObject("application_id", UUID.class), rs.getObject("job_id", UUID.class), rs.getBigDecimal("amount"),
                rs.getString("currency"), instant(rs, "placed_at"), instant(rs, "qualifies_at"), rs.getLong("version"));
        String method = rs.getString("payment_method");
        return new Reward(data, RewardStatus.fromCode(rs.getString("status")).orElseThrow(),
                rs.getObject("decided_by", UUID.class), instant(rs, "decided_at"), rs.getString("denial_reason"),
                method == null ? null : PaymentMethod.fromCode(method), rs.getString("payment_reference"), instant(rs, "paid_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
