package com.excelmedical.staffing.gateway.ratelimit;

import reactor.core.publisher.Mono;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Buckets in this instance's memory: exact for one instance; with several instances each allows the
 * full rate. Buckets that have refilled completely are forgotten by {@link #sweep()}.
 */
public class LocalRateLimits implements RateLimits {

    private final RateLimitProperties properties;
    private final LongSupplier nanoTime;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    public LocalRateLimits(RateLimitProperties properties, LongSupplier nanoTime) {
        this.properties = properties;
        this.nanoTime = nanoTime;
    }

    @Override
    public Mono<Decision> take(Tier tier, String key) {
        return Mono.just(takeNow(tier, key));
    }

    Decision takeNow(Tier tier, String key) {
        long now = nanoTime.getAsLong();
        return buckets.computeIfAbsent(tier.id() + ':' + key, k -> new TokenBucket(properties.limitOf(tier), now)).take(now);
    }

    /** Drops the buckets that are full again: a returning client gets a fresh, equally full one. */
    public void sweep() {
        long now = nanoTime.getAsLong();
        buckets.values().removeIf(bucket -> bucket.isFull(now));
    }

    int size() {
        return buckets.size();
    }
}
