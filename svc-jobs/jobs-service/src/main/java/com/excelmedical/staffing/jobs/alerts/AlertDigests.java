package com.excelmedical.staffing.jobs.alerts;

import com.excelmedical.staffing.jobs.support.Batches;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The scheduled batch for {@code daily} and {@code weekly} alerts: an alert whose period has passed since
 * its last run (or its creation) is matched against the jobs published meanwhile, in batches of alerts, one transaction each.
 */
@Component
public class AlertDigests {

    private static final Logger log = LoggerFactory.getLogger(AlertDigests.class);
    private static final Map<String, Duration> PERIODS = Map.of("daily", Duration.ofDays(1), "weekly", Duration.ofDays(7));
    private static final int MAX_MATCHES_PER_RUN = 50;
    /** Alerts matched per transaction; a run marks each one matched, so the next batch takes the next ones. */
    private static final int BATCH = 100;

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

    /** Matches the alerts that are due now. */
    public void runDue() {
        runDue(clock.instant());
    }

    /** @return how many matches were recorded */
    public int runDue(Instant now) {
        AtomicInteger matches = new AtomicInteger();
        for (Map.Entry<String, Duration> period : PERIODS.entrySet()) {
            Batches.drain(transactions, BATCH, () -> {
                List<Map<String, Object>> due = jdbc.queryForList("""
                        select id, coalesce(last_matched_at, created_at) as since from job_alerts
                        where active and frequency = ? and coalesce(last_matched_at, created_at) <= ?
                        order by id limit ? for update skip locked""",
                        period.getKey(), Timestamp.from(now.minus(period.getValue())), BATCH);
                for (Map<String, Object> alert : due) {
                    Instant since = ((Timestamp) alert.get("since")).toInstant();
                    matches.addAndGet(matcher.matchDigest((UUID) alert.get("id"), since, now, MAX_MATCHES_PER_RUN));
                }
                return due.size();
            });
        }
        if (matches.get() > 0) {
            log.info("alert digests recorded {} matches", matches.get());
        }
        return matches.get();
    }
}
