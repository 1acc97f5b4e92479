package com.excelmedical.staffing.candidates.applications.idempotency;

import java.util.UUID;

/**
 * A client's {@code Idempotency-Key} for one request, scoped to the caller (two callers may use the same
 * key) and bound to the request it first came with ({@code requestHash}, SHA-256 of the request's fields).
 */
public record IdempotencyKey(UUID callerId, String value, String requestHash) {

    public static final int MAX_LENGTH = 255;

    /** Visible ASCII only, 1 to {@value #MAX_LENGTH} characters: a UUID or any opaque token fits. */
    public static boolean isWellFormed(String value) {
        return value != null && !value.isEmpty() && value.length() <= MAX_LENGTH
                && value.chars().allMatch(c -> c > 0x20 && c < 0x7f);
    }
}
