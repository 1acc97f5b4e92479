package com.excelmedical.staffing.candidates.credentials.verification;

import com.excelmedical.staffing.candidates.credentials.CredentialKind;
import com.excelmedical.staffing.candidates.credentials.Verification;

import java.time.Instant;
import java.util.UUID;

/** The verification now on file for a license or certification. */
public record VerificationResponse(String credentialKind, UUID credentialId, UUID verifiedBy, Instant verifiedAt, String method) {

    static VerificationResponse of(CredentialKind kind, UUID credentialId, Verification verification) {
        return new VerificationResponse(kind.code(), credentialId, verification.verifiedBy(), verification.verifiedAt(),
                verification.method().name());
    }
}
