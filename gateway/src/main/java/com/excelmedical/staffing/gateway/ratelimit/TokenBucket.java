package com.excelmedical.staffing.gateway.ratelimit;

import java.time.Duration;

/** One client's bucket; refills continuously from the time it was last touched. */
final class TokenBucket {

    private final Limit limit;
    private final double tokensPerNano;
    private double tokens;
    private long updatedAt;

    TokenBucket(Limit limit, long now) {
        this.limit = limit;
        this.tokensPerNano = limit.refill() / (double) limit.period().toNanos();
        this.tokens = limit.capacity();
        this.updatedAt = now;
    }

    synchronized Decision take(long now) {
        refill(now);
        if (tokens >= 1) {
            tokens -= 1;
            return new Decision(true, (long) tokens, limit.capacity(), Duration.ZERO);
        }
        long wait = (long) Math.ceil((1 - tokens) / tokensPerNano);
        return new Decision(false, 0, limit.capacity(), Duration.ofNanos(wait));
    }

    /** Whether the bucket has been idle long enough to be full again (and can be forgotten). */
    synchronized boolean isFull(long now) {
        refill(now);
        return tokens >= limit.capacity();
    }

    private void refill(long now) {
        long elapsed = now - updatedAt;
        if (elapsed > 0) {
            tokens = Math.min(limit.capacity(), tokens + elapsed * tokensPerNano);
            updatedAt = now;
        }
    }
}
