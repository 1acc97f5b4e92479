package com.excelmedical.staffing.referrals.referral;

import com.excelmedical.staffing.platform.paging.PageQuery;
import com.excelmedical.staffing.platform.paging.PageResponse;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What a referrer sees of their referrals, with the reward of each (one statement, no entity). */
@Repository
class ReferralReads {

    private static final String SELECT = """
            SELECT r.*, w.id AS reward_id, w.amount, w.currency, w.status AS reward_status, w.qualifies_at, w.paid_at
            FROM referrals r LEFT JOIN referral_rewards w ON w.referral_id = r.id
            """;
    private static final RowMapper<ReferralResponse> ROW = ReferralReads::map;

    private final JdbcClient jdbc;

    ReferralReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    PageResponse<ReferralResponse> ofReferrer(UUID referrerId, PageQuery page) {
        List<ReferralResponse> items = jdbc.sql(SELECT + " WHERE r.referrer_id = :referrer ORDER BY r.created_at DESC, r.id LIMIT :limit OFFSET :offset")
                .param("referrer", referrerId).param("limit", page.size()).param("offset", page.offset())
                .query(ROW).list();
        long total = jdbc.sql("SELECT count(*) FROM referrals WHERE referrer_id = :referrer").param("referrer", referrerId)
                .query(Long.class).single();
        return PageResponse.of(items, page, total);
    }

    ReferralResponse one(UUID id) {
        return jdbc.sql(SELECT + " WHERE r.id = :id").param("id", id).query(ROW).single();
    }

    private static ReferralResponse map(ResultSet rs, int row) throws SQLException {
        boolean registered = rs.getObject("referred_user_id") != null;
        String email = rs.getString("referred_email");
        UUID rewardId = rs.getObject("reward_id", UUID.class);
        ReferralResponse.RewardSummary reward = rewardId == null ? null : new ReferralResponse.RewardSummary(rewardId,
                rs.getBigDecimal("amount").toPlainString(), rs.getString("currency"), rs.getString("reward_status"),
                instant(rs, "qualifies_at"), instant(rs, "paid_at"));
        return new ReferralResponse(rs.getObject("id", UUID.class), registered ? EmailMask.mask(email) : email,
                rs.getString("referred_name"), rs.getString("status"), rs.getObject("job_id", UUID.class),
                instant(rs, "invited_at"), instant(rs, "registered_at"), instant(rs, "applied_at"), instant(rs, "placed_at"),
                rs.getInt("placements"), reward);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
