package com.excelmedical.staffing.candidates.eligibility;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A professional license as eligibility sees it: issued by {@code state}, valid from {@code issuedOn}
 * through {@code expiresOn} (both inclusive). A multistate license is one the home state issued under
 * the Nurse Licensure Compact.
 */
public record License(LicenseType type, StateCode state, LocalDate issuedOn, LocalDate expiresOn,
                      boolean multistate, CredentialStatus status) {

    public License {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(expiresOn, "expiresOn");
        Objects.requireNonNull(status, "status");
        if (expiresOn.isBefore(issuedOn)) {
            throw new IllegalArgumentException("a license cannot expire before it is issued");
        }
        if (multistate && !type.coveredByCompact()) {
            throw new IllegalArgumentException("the Nurse Licensure Compact issues no multistate " + type + " license");
        }
    }

    public boolean validOn(LocalDate day) {
        return status.isActive() && !day.isBefore(issuedOn) && !day.isAfter(expiresOn);
    }
}
