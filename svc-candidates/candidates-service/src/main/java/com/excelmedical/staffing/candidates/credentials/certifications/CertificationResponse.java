package com.excelmedical.staffing.candidates.credentials.certifications;

import com.excelmedical.staffing.candidates.credentials.Verification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

/**
 * A certification: {@code status} {@code active}, {@code pending} or {@code expired}; {@code verification}
 * null until staff verify it, and cleared when the candidate changes its number or dates.
 */
public record CertificationResponse(UUID id, String certificationCode, String issuingBody, String credentialNumber,
                                    LocalDate issuedOn, LocalDate expiresOn, String status, Verification verification,
                                    Instant updatedAt, long version) {

    static CertificationResponse of(StoredCertification certification) {
        CertificationDetails details = certification.details();
        return new CertificationResponse(certification.id(), details.code().value(), details.issuingBody(), details.number(),
                details.issuedOn(), details.expiresOn(), certification.status().name().toLowerCase(Locale.ROOT),
                certification.verification(), certification.updatedAt(), certification.version());
    }
}
