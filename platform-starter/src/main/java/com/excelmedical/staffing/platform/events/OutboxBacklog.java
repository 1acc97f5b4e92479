package com.excelmedical.staffing.platform.events;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.sql.Timestamp;

/**
 * Gauges of the outbox: how many publications are not complete yet and how old the oldest one is.
 * An SRE alerts on the age: a backlog that only grows means the broker or the relay is stuck.
 * Read at most every few seconds, whatever the scrape rate.
 */
class OutboxBacklog implements MeterBinder {

    private static final Duration CACHE = Duration.ofSeconds(5);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private volatile Snapshot snapshot = new Snapshot(Instant.MIN, Double.NaN, Double.NaN);

    OutboxBacklog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("staffing.outbox.backlog", this, backlog -> backlog.read().count())
                .description("Event publications recorded but not yet confirmed by the broker")
                .register(registry);
        Gauge.builder("staffing.outbox.oldest.age", this, backlog -> backlog.read().oldestAgeSeconds())
                .description("Age of the oldest incomplete event publication (0 when none)")
                .baseUnit("seconds")
                .register(registry);
    }

    private Snapshot read() {
        Snapshot current = snapshot;
        Instant now = clock.instant();
        if (current.takenAt().plus(CACHE).isAfter(now)) {
            return current;
        }
        try {
            current = jdbc.queryForObject(
                    "select count(*), min(publication_date) from event_publication where completion_date is null",
                    (row, i) -> {
                        Timestamp oldest = row.getTimestamp(2);
                        double age = oldest == null ? 0 : Duration.between(oldest.toInstant(), now).toMillis() / 1000.0;
                        return new Snapshot(now, row.getLong(1), Math.max(0, age));
                    });
        } catch (RuntimeException e) {
            current = new Snapshot(now, Double.NaN, Double.NaN);
        }
        snapshot = current;
        return current;
    }

    private record Snapshot(Instant takenAt, double count, double oldestAgeSeconds) {
    }
}
