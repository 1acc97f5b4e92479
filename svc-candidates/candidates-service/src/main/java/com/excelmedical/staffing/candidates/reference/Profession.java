package com.excelmedical.staffing.candidates.reference;

import com.excelmedical.staffing.candidates.eligibility.LicenseType;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** A profession of svc-jobs' reference data ({@code RN}, {@code LPN}, {@code NP}, ...). */
public record Profession(UUID id, String code, String name) {

    /** The license a job of this profession asks for, when it is one eligibility knows by type. */
    public Optional<LicenseType> licenseType() {
        return switch (code.toUpperCase(Locale.ROOT)) {
            case "RN" -> Optional.of(LicenseType.RN);
            case "LPN", "LVN" -> Optional.of(LicenseType.LPN);
            case "NP", "APRN", "CRNA", "CNM", "CNS" -> Optional.of(LicenseType.APRN);
            default -> Optional.empty();
        };
    }
}
