package com.excelmedical.staffing.gateway.ratelimit;

import com.excelmedical.staffing.gateway.web.ProblemResponses;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.context.annotation.Configuration;

import java.util.HashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Which buckets the gateway uses: Redis only when a Redis URL is configured. */
class RateLimitConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Properties.class, RateLimitConfiguration.class)
            .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
            .withBean(ProblemResponses.class, () -> mock(ProblemResponses.class))
            .withBean(RedisRateLimiter.class, RateLimitConfigurationTest::redisRateLimiter);

    @Test
    void usesInMemoryBucketsWithoutARedisUrl() {
        runner.run(context -> assertThat(context.getBean(RateLimits.class)).isInstanceOf(LocalRateLimits.class));
    }

    @Test
    void usesRedisBucketsWhenARedisUrlIsConfigured() {
        runner.withPropertyValues("spring.data.redis.url=redis://redis.internal:6379")
                .run(context -> assertThat(context.getBean(RateLimits.class)).isInstanceOf(RedisRateLimits.class));
    }

    @Test
    void fallsBackToMemoryWhenRedisIsConfiguredButTheLimiterIsSwitchedOff() {
        new ApplicationContextRunner()
                .withUserConfiguration(Properties.class, RateLimitConfiguration.class)
                .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .withBean(ProblemResponses.class, () -> mock(ProblemResponses.class))
                .withPropertyValues("spring.data.redis.url=redis://redis.internal:6379")
                .run(context -> assertThat(context.getBean(RateLimits.class)).isInstanceOf(LocalRateLimits.class));
    }

    private static RedisRateLimiter redisRateLimiter() {
        RedisRateLimiter limiter = mock(RedisRateLimiter.class);
        when(limiter.getConfig()).thenReturn(new HashMap<>());
        return limiter;
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(RateLimitProperties.class)
    static class Properties {
    }
}
