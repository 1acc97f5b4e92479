package com.excelmedical.staffing.referrals.policy;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The bonus policies: a default (seeded by migration) and overrides per specialty, job type or both. */
@Repository
public class BonusPolicies {

    private static final RowMapper<BonusPolicy> ROW = (rs, n) -> new BonusPolicy(rs.getObject("id", UUID.class),
            rs.getObject("specialty_id", UUID.class), rs.getString("job_type"), rs.getBigDecimal("amount"),
            rs.getString("currency"), rs.getInt("qualifying_days"));

    private final JdbcClient jdbc;

    BonusPolicies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The most specific policy for a job: specialty and type, then specialty, then type, then the default. */
    public BonusPolicy forJob(UUID specialtyId, String jobType) {
        return jdbc.sql("""
                        SELECT * FROM bonus_policies
                        WHERE (specialty_id IS NULL OR specialty_id = :specialty) AND (job_type IS NULL OR job_type = :type)
                        ORDER BY (specialty_id IS NOT NULL) DESC, (job_type IS NOT NULL) DESC
                        LIMIT 1""")
                .param("specialty", specialtyId).param("type", jobType)
                .query(ROW).optional()
                .orElseThrow(() -> new IllegalStateException("no default bonus policy: the migration seeds one"));
    }

    public List<BonusPolicy> all() {
        return jdbc.sql("SELECT * FROM bonus_policies ORDER BY specialty_id NULLS FIRST, job_type NULLS FIRST").query(ROW).list();
    }

    /** Sets the policy for its specialty and job type, replacing the one there was. */
    public BonusPolicy save(BonusPolicy policy, Instant now) {
        return jdbc.sql("""
                        INSERT INTO bonus_policies (id, specialty_id, job_type, amount, currency, qualifying_days, updated_at)
                        VALUES (:id, :specialty, :type, :amount, :currency, :days, :now)
                        ON CONFLICT (specialty_id, job_type) DO UPDATE SET amount = excluded.amount,
                            currency = excluded.currency, qualifying_days = excluded.qualifying_days, updated_at = excluded.updated_at
                        RETURNING *""")
                .param("id", policy.id()).param("specialty", policy.specialtyId()).param("type", policy.jobType())
                .param("amount", policy.amount()).param("currency", policy.currency())
                .param("days", policy.qualifyingDays()).param("now", Timestamp.from(now))
                .query(ROW).single();
    }
}
