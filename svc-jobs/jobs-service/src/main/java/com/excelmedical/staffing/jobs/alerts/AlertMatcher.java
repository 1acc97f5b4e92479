package com.excelmedical.staffing.jobs.alerts;

import com.excelmedical.staffing.jobs.events.JobAlertMatched;
import com.excelmedical.staffing.jobs.events.JobPublished;
import com.excelmedical.staffing.jobs.job.JobStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * Matches alerts against jobs in SQL: the criteria of an alert are arrays (empty = any), its text is
 * matched with the job's own search vector. A match is recorded once per alert and job
 * ({@code job_alert_matches}), and each new match publishes {@link JobAlertMatched}.
 */
@Component
class AlertMatcher {

    /** The conditions under which alert {@code a} matches job {@code j}. */
    static final String MATCHES = """
            a.active
            and (cardinality(a.specialty_ids) = 0 or j.specialty_id = any(a.specialty_ids))
            and (cardinality(a.state_codes) = 0 or j.state_code = any(a.state_codes))
            and (cardinality(a.city_ids) = 0 or j.city_id = any(a.city_ids))
            and (cardinality(a.job_types) = 0 or j.job_type = any(a.job_types))
            and (cardinality(a.shifts) = 0 or j.shift = any(a.shifts))
            and (a.min_weekly_pay is null or j.weekly_pay >= a.min_weekly_pay)
            and (a.query is null or numnode(websearch_to_tsquery('english', a.query)) = 0
                 or j.search_vector @@ websearch_to_tsquery('english', a.query))""";

    /** A literal, not a parameter: the search indexes are partial on it. */
    private static final String ACTIVE = "j.status = '" + JobStatus.ACTIVE.code() + "'";

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    AlertMatcher(JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Runs inside the transaction that publishes the job, so match and event commit with it. */
    @EventListener
    void onPublished(JobPublished published) {
        matchInstantAlerts(published.jobId(), published.occurredAt());
    }

    int matchInstantAlerts(UUID jobId, Instant now) {
        String sql = "with matched as (insert into job_alert_matches (alert_id, job_id, matched_at)"
                + " select a.id, j.id, ? from job_alerts a join jobs j on j.id = ?"
                + " where a.frequency = 'instant' and " + ACTIVE + " and " + MATCHES
                + " on conflict do nothing returning alert_id, job_id)"
                + " select m.alert_id, m.job_id, a.candidate_id, a.name, a.frequency from matched m join job_alerts a on a.id = m.alert_id";
        return publish(sql, now, Timestamp.from(now), jobId);
    }

    /** Matches one digest alert against the active jobs published since its last run. */
    int matchDigest(UUID alertId, Instant since, Instant now, int limit) {
        String sql = "with matched as (insert into job_alert_matches (alert_id, job_id, matched_at)"
                + " select a.id, j.id, ? from job_alerts a join jobs j on " + ACTIVE
                + " and j.published_at > ? and j.published_at <= ?"
                + " where a.id = ? and " + MATCHES
                + " order by j.published_at desc limit ?"
                + " on conflict do nothing returning alert_id, job_id)"
                + " select m.alert_id, m.job_id, a.candidate_id, a.name, a.frequency from matched m join job_alerts a on a.id = m.alert_id";
        int matched = publish(sql, now, Timestamp.from(now), Timestamp.from(since), Timestamp.from(now), alertId, limit);
        jdbc.update("update job_alerts set last_matched_at = ? where id = ?", Timestamp.from(now), alertId);
        return matched;
    }

    private int publish(String sql, Instant now, Object... args) {
        int[] count = {0};
        jdbc.query(sql, rs -> {
            events.publishEvent(new JobAlertMatched(UUID.randomUUID(), now, rs.getObject("job_id", UUID.class),
                    rs.getObject("alert_id", UUID.class), rs.getObject("candidate_id", UUID.class), rs.getString("name"),
                    rs.getString("frequency")));
            count[0]++;
        }, args);
        return count[0];
    }
}
