package com.excelmedical.staffing.gateway.ratelimit;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class RedisRateLimitsTest {

    private final RateLimitProperties properties = new RateLimitProperties(
            null, null, new Limit(2, 5, Duration.ofMinutes(1)), List.of(), Duration.ofMinutes(1));
    private final RedisRateLimiter redis = mock(RedisRateLimiter.class);
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final Map<String, RedisRateLimiter.Config> configs = new HashMap<>();
    private RedisRateLimits limits;

    private void answer(boolean allowed, long remaining) {
        when(redis.getConfig()).thenReturn(configs);
        when(redis.isAllowed(anyString(), anyString())).thenReturn(Mono.just(
                new RateLimiter.Response(allowed, Map.of(RedisRateLimiter.REMAINING_HEADER, Long.toString(remaining)))));
        limits = new RedisRateLimits(redis, properties, new LocalRateLimits(properties, System::nanoTime), meters, System::nanoTime);
    }

    @Test
    void registersEachTiersLimitInRedisTerms() {
        answer(true, 0);
        RedisRateLimiter.Config credentials = configs.get("gateway-credentials");
        assertThat(credentials.getReplenishRate()).isEqualTo(1);
        assertThat(credentials.getRequestedTokens()).isEqualTo(12);
        assertThat(credentials.getBurstCapacity()).isEqualTo(24);
        assertThat(configs.get("gateway-anonymous").getReplenishRate()).isEqualTo(50);
        assertThat(configs.get("gateway-anonymous").getRequestedTokens()).isEqualTo(1);
    }

    @Test
    void takesRedisDecisionInRequests() {
        answer(false, 11);
        Decision decision = limits.take(Tier.CREDENTIALS, "10.0.0.1").block();
        assertThat(decision.allowed()).isFalse();
        assertThat(decision.remaining()).isZero();
        assertThat(decision.capacity()).isEqualTo(2);
        assertThat(decision.retryAfterSeconds()).isEqualTo(12);
        assertThat(meters.counter("gateway.ratelimit.redis.failures").count()).isZero();
    }

    @Test
    void whenRedisDoesNotAnswerLimitsInMemoryInsteadOfLettingEverythingThrough() {
        answer(true, -1);
        assertThat(limits.take(Tier.CREDENTIALS, "10.0.0.2").block().allowed()).isTrue();
        assertThat(limits.take(Tier.CREDENTIALS, "10.0.0.2").block().allowed()).isTrue();
        assertThat(limits.take(Tier.CREDENTIALS, "10.0.0.2").block().allowed()).isFalse();
        assertThat(meters.counter("gateway.ratelimit.redis.failures").count()).isEqualTo(3);
    }
}
