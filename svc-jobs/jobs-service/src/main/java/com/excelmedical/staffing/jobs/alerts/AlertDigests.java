package com.excelmedical.staffing.jobs.alerts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The scheduled batch for {@code daily} and {@code weekly} alerts: an alert whose period has passed since
 * its last run (or its creation) is matched against the jobs published meanwhile, one transaction per alert.
 */
@Component
public class AlertDigests {

    private static final Logger log = LoggerFactory.getLogger(AlertDigests.class);
    private static final Map<String, Duration> PERIODS = Map.of("daily", Duration.ofDays(1), "weekly", Duration.ofDays(7));
    private static final int MAX_MATCHES_PER_RUN = 50;

    private final JdbcTemplate jdbc;
    private final AlertMatcher matcher;
    private final TransactionTemplate transactions;
    private final Clock clock;

    AlertDigests(JdbcTemplate jdbc, AlertMatcher matcher, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.matcher = matcher;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${jobs.alerts.digest-interval}", initialDelayString = "${jobs.alerts.digest-interval}")
    void onSchedule() {
        runDue(clock.instant());
    }

    /** @return how many matches were recorded */
    public int runDue(Instant now) {
        int total = 0;
        for (Map.Entry<String, Duration> period : PERIODS.entrySet()) {
            List<Map<String, Object>> due = jdbc.queryForList("""
                    select id, coalesce(last_matched_at, created_at) as since from job_alerts
                    where active and frequency = ? and coalesce(last_matched_at, created_at) <= ?""",
                    period.getKey(), Timestamp.from(now.minus(period.getValue())));
            for (Map<String, Object> alert : due) {
                UUID id = (UUID) alert.get("id");
                Instant since = ((Timestamp) alert.get("since")).toInstant();
                Integer matched = transactions.execute(status -> matcher.matchDigest(id, since, now, MAX_MATCHES_PER_RUN));
                total += matched == null ? 0 : matched;
            }
        }
        if (total > 0) {
            log.info("alert digests recorded {} matches", total);
        }
        return total;
    }
}
