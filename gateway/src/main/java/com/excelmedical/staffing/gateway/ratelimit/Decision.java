package com.excelmedical.staffing.gateway.ratelimit;

import java.time.Duration;

/**
 * The answer of a bucket.
 *
 * @param allowed    whether the request may pass
 * @param remaining  requests left in the bucket after this one
 * @param capacity   the bucket's size
 * @param retryAfter when refused, how long until the next request may pass
 */
public record Decision(boolean allowed, long remaining, long capacity, Duration retryAfter) {

    /** Whole seconds for {@code Retry-After}, at least one. */
    public long retryAfterSeconds() {
        long millis = retryAfter.toMillis();
        return Math.max(1, (millis + 999) / 1000);
    }
}
