package com.excelmedical.staffing.referrals.share;

import com.excelmedical.staffing.referrals.support.ShortCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Share links and their counters: views stored, applications and placements counted over share_applications. */
@Repository
class JobShares {

    private final JdbcClient jdbc;

    JobShares(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** False when the code is taken or the recruiter has a link for the job already. */
    boolean insert(ShortCode code, UUID recruiterId, UUID jobId, Instant now) {
        return jdbc.sql("""
                        INSERT INTO job_shares (code, recruiter_id, job_id, created_at) VALUES (:code, :recruiter, :job, :now)
                        ON CONFLICT DO NOTHING""")
                .param("code", code.value()).param("recruiter", recruiterId).param("job", jobId)
                .param("now", Timestamp.from(now))
                .update() == 1;
    }

    Optional<JobShare> ofRecruiter(UUID recruiterId, UUID jobId) {
        return jdbc.sql("SELECT code FROM job_shares WHERE recruiter_id = :recruiter AND job_id = :job")
                .param("recruiter", recruiterId).param("job", jobId)
                .query(String.class).optional().flatMap(code -> find(new ShortCode(code)));
    }

    Optional<JobShare> find(ShortCode code) {
        return jdbc.sql("""
                        SELECT s.code, s.recruiter_id, s.job_id, s.views,
                            (SELECT count(*) FROM share_applications a WHERE a.share_code = s.code) AS applications,
                            (SELECT count(*) FROM share_applications a WHERE a.share_code = s.code AND a.placed) AS placements
                        FROM job_shares s WHERE s.code = :code""")
                .param("code", code.value())
                .query((rs, n) -> new JobShare(rs.getString("code"), rs.getObject("recruiter_id", UUID.class),
                        rs.getObject("job_id", UUID.class), rs.getLong("views"), rs.getLong("applications"),
                        rs.getLong("placements")))
                .optional();
    }

    /** Counts a visit; the job id, or empty for an unknown code. */
    Optional<UUID> visit(ShortCode code) {
        return jdbc.sql("UPDATE job_shares SET views = views + 1 WHERE code = :code RETURNING job_id")
                .param("code", code.value()).query(UUID.class).optional();
    }

    boolean exists(ShortCode code) {
        return jdbc.sql("SELECT count(*) FROM job_shares WHERE code = :code").param("code", code.value())
                .query(Long.class).single() > 0;
    }

    /** An application through a share link; the placement may have been seen first. */
    void applicationSubmitted(UUID applicationId, ShortCode code) {
        jdbc.sql("""
                        INSERT INTO share_applications (application_id, share_code) VALUES (:application, :code)
                        ON CONFLICT (application_id) DO UPDATE SET share_code = excluded.share_code""")
                .param("application", applicationId).param("code", code.value())
                .update();
    }

    /** A placement: counted for the share its application came through, also when the submission comes later. */
    void applicationPlaced(UUID applicationId) {
        jdbc.sql("""
                        INSERT INTO share_applications (application_id, placed) VALUES (:application, true)
                        ON CONFLICT (application_id) DO UPDATE SET placed = true""")
                .param("application", applicationId)
                .update();
    }
}
