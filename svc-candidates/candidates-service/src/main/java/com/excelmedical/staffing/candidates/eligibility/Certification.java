package com.excelmedical.staffing.candidates.eligibility;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A certification the candidate holds, valid from {@code issuedOn} through {@code expiresOn} (inclusive);
 * {@code expiresOn} is null for one that does not expire.
 */
public record Certification(CertificationCode code, LocalDate issuedOn, LocalDate expiresOn, CredentialStatus status) {

    public Certification {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(status, "status");
        if (expiresOn != null && expiresOn.isBefore(issuedOn)) {
            throw new IllegalArgumentException("a certification cannot expire before it is issued");
        }
    }

    /** Whether it is valid on every day of {@code window}. */
    public boolean validThrough(JobWindow window) {
        return status.isActive() && !window.start().isBefore(issuedOn)
                && (expiresOn == null || !expiresOn.isBefore(window.end()));
    }

    LocalDate expiresOnOrMax() {
        return expiresOn == null ? LocalDate.MAX : expiresOn;
    }
}
