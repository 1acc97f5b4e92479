package com.excelmedical.staffing.candidates.reference;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * How long svc-jobs' reference data is kept ({@code candidates.reference.*}).
 *
 * @param refreshAfter age after which the next read fetches it again; until that succeeds the copy held is used
 * @param retryAfter   what {@code Retry-After} tells a caller refused with 503 when no copy was ever read
 */
@Validated
@ConfigurationProperties("candidates.reference")
public record ReferenceProperties(@NotNull Duration refreshAfter, @NotNull Duration retryAfter) {
}
