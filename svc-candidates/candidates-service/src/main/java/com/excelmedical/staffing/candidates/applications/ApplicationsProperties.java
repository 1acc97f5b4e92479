package com.excelmedical.staffing.candidates.applications;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * Settings of applications ({@code candidates.applications.*}).
 *
 * @param idempotencyKeyLifetime how long a stored answer to an {@code Idempotency-Key} is replayed
 * @param idempotencyPurgeInterval how often expired keys are deleted
 */
@Validated
@ConfigurationProperties("candidates.applications")
public record ApplicationsProperties(@NotNull Duration idempotencyKeyLifetime, @NotNull Duration idempotencyPurgeInterval) {
}
