package com.excelmedical.staffing.candidates.credentials;

import java.time.Instant;
import java.util.UUID;

/** Who verified a license or certification, when and how; absent (null) when it is not verified. */
public record Verification(UUID verifiedBy, Instant verifiedAt, VerificationMethod method) {
}
