package com.excelmedical.staffing.gateway.resilience;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * One circuit breaker per area ({@code gateway.breaker.*}), over the last {@code window} calls: once
 * {@code minimumCalls} have been seen and {@code failureRate} percent of them failed (no connection,
 * connection lost, or no answer within the area's timeout) it opens; calls then fail at once with 503
 * for {@code openFor}, after which {@code halfOpenCalls} trial calls decide whether it closes.
 */
@ConfigurationProperties("gateway.breaker")
public record BreakerProperties(
        @DefaultValue("20") int window,
        @DefaultValue("10") int minimumCalls,
        @DefaultValue("50") float failureRate,
        @DefaultValue("10s") Duration openFor,
        @DefaultValue("3") int halfOpenCalls) {
}
