package com.excelmedical.staffing.gateway.ratelimit;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class TokenBucketTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final RateLimitProperties properties = new RateLimitProperties(
            new Limit(3, 3, Duration.ofSeconds(3)), null, new Limit(2, 1, Duration.ofSeconds(12)), List.of(), Duration.ofMinutes(1));
    private final LocalRateLimits limits = new LocalRateLimits(properties, now::get);

    @Test
    void allowsTheBurstThenRefusesWithTheTimeUntilTheNextToken() {
        assertThat(limits.takeNow(Tier.ANONYMOUS, "10.0.0.1").remaining()).isEqualTo(2);
        limits.takeNow(Tier.ANONYMOUS, "10.0.0.1");
        assertThat(limits.takeNow(Tier.ANONYMOUS, "10.0.0.1").allowed()).isTrue();

        Decision refused = limits.takeNow(Tier.ANONYMOUS, "10.0.0.1");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.remaining()).isZero();
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(1));
        assertThat(refused.retryAfterSeconds()).isEqualTo(1);
    }

    @Test
    void refillsContinuously() {
        for (int i = 0; i < 3; i++) {
            limits.takeNow(Tier.ANONYMOUS, "10.0.0.2");
        }
        now.addAndGet(Duration.ofMillis(999).toNanos());
        assertThat(limits.takeNow(Tier.ANONYMOUS, "10.0.0.2").allowed()).isFalse();
        now.addAndGet(Duration.ofMillis(1).toNanos());
        assertThat(limits.takeNow(Tier.ANONYMOUS, "10.0.0.2").allowed()).isTrue();
    }

    @Test
    void keepsOneBucketPerTierAndKey() {
        limits.takeNow(Tier.CREDENTIALS, "10.0.0.3");
        limits.takeNow(Tier.CREDENTIALS, "10.0.0.3");
        assertThat(limits.takeNow(Tier.CREDENTIALS, "10.0.0.3").allowed()).isFalse();
        assertThat(limits.takeNow(Tier.CREDENTIALS, "10.0.0.4").allowed()).isTrue();
        assertThat(limits.takeNow(Tier.ANONYMOUS, "10.0.0.3").allowed()).isTrue();
        assertThat(limits.takeNow(Tier.CREDENTIALS, "10.0.0.3").retryAfterSeconds()).isEqualTo(12);
    }

    @Test
    void sweepForgetsOnlyBucketsThatAreFullAgain() {
        limits.takeNow(Tier.ANONYMOUS, "10.0.0.5");
        limits.takeNow(Tier.CREDENTIALS, "10.0.0.6");
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        limits.sweep();
        assertThat(limits.size()).isEqualTo(1);
        now.addAndGet(Duration.ofSeconds(12).toNanos());
        limits.sweep();
        assertThat(limits.size()).isZero();
    }
}
