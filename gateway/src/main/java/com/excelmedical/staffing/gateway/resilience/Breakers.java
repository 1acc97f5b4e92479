package com.excelmedical.staffing.gateway.resilience;

import com.excelmedical.staffing.gateway.routing.BodyTooLarge;
import com.excelmedical.staffing.gateway.routing.GatewayProperties;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tunes each area's breaker (see {@link BreakerProperties}). The breaker has no time limiter of its
 * own (spring.cloud.circuitbreaker.resilience4j.disable-time-limiter): the area's response timeout on
 * the HTTP client fails a slow call, and the breaker counts that failure.
 */
@Configuration(proxyBeanMethods = false)
class Breakers {

    @Bean
    Customizer<ReactiveResilience4JCircuitBreakerFactory> areaBreakers(GatewayProperties gateway, BreakerProperties breaker) {
        return factory -> gateway.areas().keySet().forEach(area -> factory.configure(builder -> builder
                .circuitBreakerConfig(config(breaker)), area));
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
                // a client sending too large a body says nothing about the service's health
                .ignoreException(BodyTooLarge::isCauseOf)
                .build();
    }
}
