package com.excelmedical.staffing.gateway.ratelimit;

import com.excelmedical.staffing.gateway.web.ProblemResponses;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import io.lettuce.core.ClientOptions;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;

/**
 * In-memory buckets by default; Redis-backed buckets when {@code spring.data.redis.url} is set (several
 * gateway instances then share one budget per client). See docs/adr/0005.
 */
@Configuration(proxyBeanMethods = false)
public class RateLimitConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RateLimitConfiguration.class);

    @Bean
    LocalRateLimits localRateLimits(RateLimitProperties properties) {
        return new LocalRateLimits(properties, System::nanoTime);
    }

    @Bean(destroyMethod = "dispose")
    Disposable localBucketSweeper(LocalRateLimits local, RateLimitProperties properties) {
        return Flux.interval(properties.sweepInterval(), properties.sweepInterval()).subscribe(tick -> local.sweep());
    }

    /** The buckets requests draw from (the in-memory ones are also a bean, as Redis's fallback). */
    @Bean
    @Primary
    RateLimits rateLimits(Environment environment, LocalRateLimits local, RateLimitProperties properties,
                          ObjectProvider<RedisRateLimiter> redis, MeterRegistry meters) {
        if (!usesRedis(environment)) {
            log.info("Rate limits: in-memory buckets (no spring.data.redis.url)");
            return local;
        }
        RedisRateLimiter limiter = redis.getIfAvailable();
        if (limiter == null) {
            log.warn("Rate limits: spring.data.redis.url is set but no RedisRateLimiter is available; using in-memory buckets");
            return local;
        }
        log.info("Rate limits: Redis-backed buckets, in-memory buckets while Redis does not answer");
        return new RedisRateLimits(limiter, properties, local, meters, System::nanoTime);
    }

    @Bean
    RateLimitFilter rateLimitFilter(RateLimits limits, RateLimitProperties properties, ProblemResponses problems,
                                    MeterRegistry meters) {
        return new RateLimitFilter(limits, properties, problems, meters);
    }

    /** While the connection to Redis is down, commands fail at once instead of queueing until it returns. */
    @Bean
    LettuceClientOptionsBuilderCustomizer failFastWhileRedisIsDown() {
        return options -> options.disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS);
    }

    static boolean usesRedis(Environment environment) {
        return StringUtils.hasText(environment.getProperty("spring.data.redis.url"));
    }
}
