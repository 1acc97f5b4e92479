package com.excelmedical.staffing.candidates.matches;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The {@code candidate_job_swipes} table: one row per candidate and job, the last action replacing the one before. */
@Repository
class Swipes {

    private final JdbcClient jdbc;

    Swipes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the swipe; true when it is the candidate's first on this job. */
    boolean upsert(UUID candidateId, UUID jobId, SwipeAction action, MatchParts parts, Instant at) {
        return jdbc.sql("""
                        INSERT INTO candidate_job_swipes (candidate_id, job_id, action, match_score, match_parts, created_at, swiped_at)
                        VALUES (:candidate, :job, :action, :score, CAST(:parts AS jsonb), :at, :at)
                        ON CONFLICT (candidate_id, job_id) DO UPDATE SET action = excluded.action,
                            match_score = excluded.match_score, match_parts = excluded.match_parts, swiped_at = excluded.swiped_at
                        RETURNING (xmax = 0) AS inserted
                        """)
                .param("candidate", candidateId).param("job", jobId).param("action", action.code())
                .param("score", parts.score()).param("parts", json(parts)).param("at", Timestamp.from(at))
                .query(Boolean.class).single();
    }

    boolean delete(UUID candidateId, UUID jobId) {
        return jdbc.sql("DELETE FROM candidate_job_swipes WHERE candidate_id = :candidate AND job_id = :job")
                .param("candidate", candidateId).param("job", jobId).update() == 1;
    }

    long countSaved(UUID candidateId) {
        return jdbc.sql("SELECT count(*) FROM candidate_job_swipes WHERE candidate_id = :candidate AND action = 'save'")
                .param("candidate", candidateId).query(Long.class).single();
    }

    /** Saved jobs newest first, with the job as its snapshot holds it now. */
    List<SavedJobResponse> saved(UUID candidateId, long offset, int limit) {
        return jdbc.sql("""
                        SELECT s.job_id, s.swiped_at, s.match_score, j.title, j.facility_name, j.city_name, j.state_code,
                               j.weekly_pay, j.start_date, j.status
                        FROM candidate_job_swipes s JOIN job_snapshots j ON j.job_id = s.job_id
                        WHERE s.candidate_id = :candidate AND s.action = 'save'
                        ORDER BY s.swiped_at DESC, s.job_id LIMIT :limit OFFSET :offset
                        """)
                .param("candidate", candidateId).param("limit", limit).param("offset", offset)
                .query((rs, n) -> {
                    Date start = rs.getDate("start_date");
                    return new SavedJobResponse(rs.getObject("job_id", UUID.class), rs.getString("title"),
                            rs.getString("facility_name"), rs.getString("city_name"), rs.getString("state_code"),
                            rs.getBigDecimal("weekly_pay"), start == null ? null : start.toLocalDate(), rs.getString("status"),
                            rs.getInt("match_score"), rs.getTimestamp("swiped_at").toInstant());
                })
                .list();
    }

    private static String json(MatchParts parts) {
        return """
                {"specialty": %d, "location": %d, "pay": %d, "eligibility": %d, "availability": %d}"""
                .formatted(parts.specialty(), parts.location(), parts.pay(), parts.eligibility(), parts.availability());
    }
}
