package com.excelmedical.staffing.candidates.jobs;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.net.URI;
import java.time.Duration;

/**
 * How svc-candidates calls svc-jobs ({@code candidates.jobs-client.*}). Each attempt's time limit is the
 * Feign client's {@code read-timeout} ({@code spring.cloud.openfeign.client.config.jobs}); one retry follows
 * a failed attempt after {@code retryWait}.
 *
 * @param url        where svc-jobs answers {@code GET /jobs/{jobId}}
 * @param retryWait  the pause before the one retry
 * @param retryAfter what {@code Retry-After} tells a caller refused with 503
 * @param breaker    the circuit breaker in front of svc-jobs
 */
@Validated
@ConfigurationProperties("candidates.jobs-client")
public record JobsClientProperties(@NotNull URI url, @NotNull Duration retryWait, @NotNull Duration retryAfter,
                                   @Valid @NotNull Breaker breaker) {

    /**
     * @param failureRateThreshold percentage of failed calls in the window that opens the breaker
     * @param slidingWindowSize    how many recent calls the rate is taken over
     * @param minimumCalls         calls needed in the window before the breaker may open
     * @param waitInOpenState      how long it stays open before letting trial calls through
     * @param halfOpenCalls        trial calls that decide whether it closes again
     */
    public record Breaker(@Min(1) @Max(100) int failureRateThreshold, @Min(1) int slidingWindowSize, @Min(1) int minimumCalls,
                          @NotNull Duration waitInOpenState, @Min(1) int halfOpenCalls) {
    }
}
