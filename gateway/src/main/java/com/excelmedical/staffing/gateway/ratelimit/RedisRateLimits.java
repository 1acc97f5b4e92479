package com.excelmedical.staffing.gateway.ratelimit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Buckets shared by every gateway instance, through Spring Cloud Gateway's {@link RedisRateLimiter}.
 * When Redis cannot answer, the limiter lets the request pass and reports {@code -1} tokens left; this
 * class then takes the decision from the instance's own in-memory buckets instead (fail over, not
 * fail open: sign-in stays limited), counts {@code gateway.ratelimit.redis.failures} and logs at most
 * once a minute.
 */
public class RedisRateLimits implements RateLimits {

    private static final Logger log = LoggerFactory.getLogger(RedisRateLimits.class);
    private static final long LOG_EVERY_NANOS = Duration.ofMinutes(1).toNanos();

    private final RedisRateLimiter redis;
    private final LocalRateLimits fallback;
    private final Map<Tier, RedisRateLimiter.Config> configs = new EnumMap<>(Tier.class);
    private final Counter failures;
    private final LongSupplier nanoTime;
    private final AtomicLong lastLogged = new AtomicLong(Long.MIN_VALUE);

    public RedisRateLimits(RedisRateLimiter redis, RateLimitProperties properties, LocalRateLimits fallback,
                           MeterRegistry meters, LongSupplier nanoTime) {
        this.redis = redis;
        this.fallback = fallback;
        this.nanoTime = nanoTime;
        this.failures = Counter.builder("gateway.ratelimit.redis.failures")
                .description("Rate-limit decisions taken in memory because Redis did not answer")
                .register(meters);
        for (Tier tier : Tier.values()) {
            RedisRateLimiter.Config config = RedisLimits.config(properties.limitOf(tier));
            configs.put(tier, config);
            redis.getConfig().put(routeKey(tier), config);
        }
    }

    @Override
    public Mono<Decision> take(Tier tier, String key) {
        RedisRateLimiter.Config config = configs.get(tier);
        return redis.isAllowed(routeKey(tier), key).map(response -> {
            String remaining = response.getHeaders().get(RedisRateLimiter.REMAINING_HEADER);
            long left = remaining == null ? -1 : Long.parseLong(remaining);
            if (left < 0) {
                redisFailed();
                return fallback.takeNow(tier, key);
            }
            long capacity = config.getBurstCapacity() / config.getRequestedTokens();
            long requests = left / config.getRequestedTokens();
            Duration retryAfter = response.isAllowed() ? Duration.ZERO
                    : Duration.ofMillis(1000L * config.getRequestedTokens() / config.getReplenishRate());
            return new Decision(response.isAllowed(), requests, capacity, retryAfter);
        });
    }

    private void redisFailed() {
        failures.increment();
        long now = nanoTime.getAsLong();
        long last = lastLogged.get();
        if ((last == Long.MIN_VALUE || now - last >= LOG_EVERY_NANOS) && lastLogged.compareAndSet(last, now)) {
            log.warn("Redis did not answer the rate limiter; limiting with this instance's in-memory buckets until it does");
        }
    }

    static String routeKey(Tier tier) {
        return "gateway-" + tier.id();
    }
}
