package com.excelmedical.staffing.candidates.credentials.licenses;

import com.excelmedical.staffing.candidates.credentials.Verification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

/**
 * A license: {@code status} {@code active}, {@code pending} or {@code expired}; {@code verification} null
 * until staff verify it, and cleared when the candidate changes its number or dates.
 */
public record LicenseResponse(UUID id, String licenseType, String stateCode, String licenseNumber, boolean multistate,
                              LocalDate issuedOn, LocalDate expiresOn, String status, Verification verification,
                              Instant updatedAt, long version) {

    static LicenseResponse of(StoredLicense license) {
        LicenseDetails details = license.details();
        return new LicenseResponse(license.id(), details.type().name(), details.stateCode(), details.number(),
                details.multistate(), details.issuedOn(), details.expiresOn(), license.status().name().toLowerCase(Locale.ROOT),
                license.verification(), license.updatedAt(), license.version());
    }
}
