package com.excelmedical.staffing.candidates.credentials.expiry;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * Settings of the credential expiry task ({@code candidates.credentials.expiry.*}).
 *
 * @param interval  how often it runs (its work is per day, so running more often than daily only makes a
 *                  restart or a missed run cost less)
 * @param batchSize notices recorded per transaction
 */
@Validated
@ConfigurationProperties("candidates.credentials.expiry")
public record ExpiryProperties(@NotNull Duration interval, @Min(1) @Max(10_000) int batchSize) {
}
