package com.excelmedical.staffing.gateway.ratelimit;

import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;

/**
 * Expresses a {@link Limit} in {@link RedisRateLimiter}'s terms (whole tokens per second): a rate
 * below one request per second costs several tokens per request.
 */
final class RedisLimits {

    private RedisLimits() {
    }

    static RedisRateLimiter.Config config(Limit limit) {
        double perSecond = limit.perSecond();
        int requestedTokens = perSecond >= 1 ? 1 : (int) Math.round(1 / perSecond);
        int replenishRate = perSecond >= 1 ? (int) Math.round(perSecond) : 1;
        long burst = Math.max(replenishRate, limit.capacity() * requestedTokens);
        return new RedisRateLimiter.Config()
                .setReplenishRate(replenishRate)
                .setBurstCapacity(burst)
                .setRequestedTokens(requestedTokens);
    }
}
