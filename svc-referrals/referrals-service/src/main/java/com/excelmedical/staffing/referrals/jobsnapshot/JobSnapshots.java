package com.excelmedical.staffing.referrals.jobsnapshot;

import com.excelmedical.staffing.jobs.events.JobDetails;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The local copy of jobs, fed by {@code jobs.jobs}; an older event never overwrites a newer one. */
@Repository
public class JobSnapshots {

    private final JdbcClient jdbc;

    JobSnapshots(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void upsert(UUID jobId, JobDetails job, Instant occurredAt) {
        jdbc.sql("""
                        INSERT INTO job_snapshots (job_id, title, specialty_id, specialty_name, job_type, status, recruiter_id, occurred_at)
                        VALUES (:job, :title, :specialty, :specialtyName, :type, :status, :recruiter, :at)
                        ON CONFLICT (job_id) DO UPDATE SET title = excluded.title, specialty_id = excluded.specialty_id,
                            specialty_name = excluded.specialty_name, job_type = excluded.job_type, status = excluded.status,
                            recruiter_id = excluded.recruiter_id, occurred_at = excluded.occurred_at
                        WHERE job_snapshots.occurred_at <= excluded.occurred_at""")
                .param("job", jobId).param("title", truncate(job.title(), 200)).param("specialty", job.specialtyId())
                .param("specialtyName", truncate(job.specialtyName(), 100)).param("type", job.jobType())
                .param("status", job.status()).param("recruiter", job.recruiterId())
                .param("at", Timestamp.from(occurredAt))
                .update();
    }

    /** A status change of a known job; one of a job not known yet is left to the next full snapshot. */
    public void changeStatus(UUID jobId, String status, Instant occurredAt) {
        jdbc.sql("UPDATE job_snapshots SET status = :status, occurred_at = :at WHERE job_id = :job AND occurred_at <= :at")
                .param("job", jobId).param("status", status).param("at", Timestamp.from(occurredAt))
                .update();
    }

    public Optional<JobSnapshot> find(UUID jobId) {
        return jdbc.sql("SELECT job_id, title, specialty_id, job_type, status, recruiter_id FROM job_snapshots WHERE job_id = :job")
                .param("job", jobId)
                .query((rs, n) -> new JobSnapshot(rs.getObject("job_id", UUID.class), rs.getString("title"),
                        rs.getObject("specialty_id", UUID.class), rs.getString("job_type"), rs.getString("status"),
                        rs.getObject("recruiter_id", UUID.class)))
                .optional();
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
