package com.excelmedical.staffing.candidates.jobs;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@code job_snapshots} table. Every write keeps the newest state: a row is only replaced by a change
 * that occurred later than the one it holds, so a late or replayed event changes nothing.
 */
@Repository
public class JobSnapshots {

    private final JdbcClient jdbc;

    JobSnapshots(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the whole snapshot if it is newer than the one held (or none is); true when it was stored. */
    public boolean storeIfNewer(JobSnapshot snapshot) {
        return jdbc.sql("""
                        INSERT INTO job_snapshots (job_id, title, facility_name, city_name, state_code, status, occurred_at)
                        VALUES (:jobId, :title, :facility, :city, :state, :status, :occurredAt)
                        ON CONFLICT (job_id) DO UPDATE SET title = excluded.title, facility_name = excluded.facility_name,
                            city_name = excluded.city_name, state_code = excluded.state_code, status = excluded.status,
                            occurred_at = excluded.occurred_at, updated_at = now()
                        WHERE job_snapshots.occurred_at < excluded.occurred_at
                        """)
                .param("jobId", snapshot.jobId()).param("title", snapshot.title())
                .param("facility", snapshot.facilityName()).param("city", snapshot.cityName())
                .param("state", snapshot.stateCode()).param("status", snapshot.status().code())
                .param("occurredAt", Timestamp.from(snapshot.occurredAt()))
                .update() == 1;
    }

    /** Stores a status change if it is newer than the snapshot held; true when it was stored. */
    public boolean storeStatusIfNewer(UUID jobId, JobState status, Instant occurredAt) {
        return jdbc.sql("""
                        INSERT INTO job_snapshots (job_id, status, occurred_at) VALUES (:jobId, :status, :occurredAt)
                        ON CONFLICT (job_id) DO UPDATE SET status = excluded.status, occurred_at = excluded.occurred_at,
                            updated_at = now()
                        WHERE job_snapshots.occurred_at < excluded.occurred_at
                        """)
                .param("jobId", jobId).param("status", status.code()).param("occurredAt", Timestamp.from(occurredAt))
                .update() == 1;
    }

    /** Keeps what svc-jobs just answered when no event about the job has arrived yet. */
    public void storeIfAbsent(JobSnapshot snapshot) {
        jdbc.sql("""
                        INSERT INTO job_snapshots (job_id, title, facility_name, city_name, state_code, status, occurred_at)
                        VALUES (:jobId, :title, :facility, :city, :state, :status, :occurredAt)
                        ON CONFLICT (job_id) DO NOTHING
                        """)
                .param("jobId", snapshot.jobId()).param("title", snapshot.title())
                .param("facility", snapshot.facilityName()).param("city", snapshot.cityName())
                .param("state", snapshot.stateCode()).param("status", snapshot.status().code())
                .param("occurredAt", Timestamp.from(snapshot.occurredAt()))
                .update();
    }

    public Optional<JobSnapshot> find(UUID jobId) {
        return jdbc.sql("""
                        SELECT job_id, title, facility_name, city_name, state_code, status, occurred_at
                        FROM job_snapshots WHERE job_id = :jobId
                        """)
                .param("jobId", jobId)
                .query((rs, n) -> new JobSnapshot(rs.getObject("job_id", UUID.class), rs.getString("title"),
                        rs.getString("facility_name"), rs.getString("city_name"), rs.getString("state_code"),
                        JobState.fromCode(rs.getString("status")).orElseThrow(), rs.getTimestamp("occurred_at").toInstant()))
                .optional();
    }
}
