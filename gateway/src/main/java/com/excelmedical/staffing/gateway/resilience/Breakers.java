package com.excelmedical.staffing.gateway.resilience;

import com.excelmedical.staffing.gateway.routing.GatewayProperties;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

/**
 * Tunes each area's breaker (see {@link BreakerProperties}). The breaker's own time limit is a
 * safety net one second above the route's response timeout, which is what normally fires.
 */
@Configuration(proxyBeanMethods = false)
class Breakers {

    static final Duration TIME_LIMIT_MARGIN = Duration.ofSeconds(1);

    @Bean
    Customizer<ReactiveResilience4JCircuitBreakerFactory> areaBreakers(GatewayProperties gateway, BreakerProperties breaker) {
        return factory -> gateway.areas().keySet().forEach(area -> factory.configure(builder -> builder
                .circuitBreakerConfig(config(breaker))
                .timeLimiterConfig(TimeLimiterConfig.custom()
                        .timeoutDuration(gateway.timeoutOf(area).plus(TIME_LIMIT_MARGIN))
                        .build()), area));
    }

    static CircuitBreakerConfig config(BreakerProperties breaker) {
        return CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(breaker.window())
                .minimumNumberOfCalls(breaker.minimumCalls())
                .failureRateThreshold(breaker.failureRate())
                .waitDurationInOpenState(breaker.openFor())
                .permittedNumberOfCallsInHalfOpenState(breaker.halfOpenCalls())
                .automaticTransitionFromOpenToHalfOpenEnabled(false)
                .build();
    }
}
