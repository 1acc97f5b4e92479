package com.excelmedical.staffing.candidates.eligibility;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a job asks of a candidate: a license for its state (of {@code licenseType} when the job names
 * one), valid on the first day, and each of the specialty's certifications valid through the last day.
 */
public record JobRequirements(StateCode state, JobWindow window, Optional<LicenseType> licenseType,
                              List<CertificationCode> certifications) {

    public JobRequirements {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(licenseType, "licenseType");
        certifications = certifications.stream().distinct().toList();
    }

    public static JobRequirements of(StateCode state, JobWindow window, LicenseType licenseType,
                                     List<CertificationCode> certifications) {
        return new JobRequirements(state, window, Optional.ofNullable(licenseType), certifications);
    }
}
