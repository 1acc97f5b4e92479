package com.excelmedical.staffing.candidates.applications;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * {@code POST /candidates/applications}. {@code status} and {@code candidateId} are set by the platform:
 * a body that sends them is refused naming the field, rather than having them silently ignored.
 */
public record ApplyRequest(
        @NotNull UUID jobId,
        UUID resumeId,
        @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9_-]+") String referralCode,
        @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9_-]+") String shareCode,
        @Size(max = 2000) String note,
        @Schema(hidden = true) @Null(message = "is set by the platform, not by the request") Object status,
        @Schema(hidden = true) @Null(message = "is the caller; it cannot be set") Object candidateId) {

    /** SHA-256 of the fields that make the request what it is: the same request always hashes the same. */
    public String hash() {
        String canonical = String.join("\u0000", String.valueOf(jobId), String.valueOf(resumeId), String.valueOf(referralCode),
                String.valueOf(shareCode), String.valueOf(note));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
