package com.excelmedical.staffing.gateway.ratelimit;

import java.time.Duration;

/**
 * A token bucket: holds up to {@code capacity} requests and gains {@code refill} requests every
 * {@code period}, continuously (so {@code 5 per 1m} is one request every 12 seconds).
 */
public record Limit(long capacity, long refill, Duration period) {

    public Limit {
        if (capacity < 1 || refill < 1 || period == null || period.isZero() || period.isNegative()) {
            throw new IllegalArgumentException("a rate limit needs capacity >= 1, refill >= 1 and a positive period");
        }
    }

    /** Requests regained per second. */
    public double perSecond() {
        return refill / (period.toNanos() / 1e9);
    }

    /** Time for one request's token to come back. */
    public Duration timePerToken() {
        return Duration.ofNanos(period.toNanos() / refill);
    }
}
