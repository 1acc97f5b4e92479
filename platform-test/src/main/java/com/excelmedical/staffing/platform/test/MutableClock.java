package com.excelmedical.staffing.platform.test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock tests move forward instead of waiting; it starts at the real time, in whole microseconds
 * like PostgreSQL's timestamps, so that a stored instant compares equal to the one computed. A context
 * shared by several test classes resets it between tests, so that no test sees the time another moved.
 */
public class MutableClock extends Clock {

    private final AtomicReference<Instant> now = new AtomicReference<>(realNow());

    public void advance(Duration duration) {
        now.updateAndGet(instant -> instant.plus(duration));
    }

    /** Back to the real time. */
    public void reset() {
        now.set(realNow());
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("UTC only");
    }

    private static Instant realNow() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
