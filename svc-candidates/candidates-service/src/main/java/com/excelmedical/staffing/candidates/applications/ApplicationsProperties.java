package com.excelmedical.staffing.candidates.applications;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * Settings of applications ({@code candidates.applications.*}).
 *
 * @param idempotencyKeyLifetime how long a stored answer to an {@code Idempotency-Key} is replayed
 * @param idempotencyPurgeInterval how often expired keys are deleted
 * @param listing                how many listings run at once
 */
@Validated
@ConfigurationProperties("candidates.applications")
public record ApplicationsProperties(@NotNull Duration idempotencyKeyLifetime, @NotNull Duration idempotencyPurgeInterval,
                                     @Valid @NotNull Listing listing) {

    /**
     * @param concurrency how many listings run at once; more wait their turn in arrival order
     * @param maxWait     how long a listing waits for its turn before it is answered 503 (overload)
     */
    public record Listing(@Min(1) int concurrency, @NotNull Duration maxWait) {
    }
}
