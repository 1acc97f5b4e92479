package com.excelmedical.staffing.candidates.eligibility;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The certification half of eligibility: each certification the job requires, held and valid from the
 * first through the last day of the assignment. At most one reason per certification, from the holding
 * that expires last.
 */
final class CertificationCheck {

    private CertificationCheck() {
    }

    static List<IneligibilityReason> check(List<Certification> held, JobRequirements job) {
        List<IneligibilityReason> reasons = new ArrayList<>();
        for (CertificationCode required : job.certifications()) {
            List<Certification> holdings = held.stream().filter(c -> c.code().equals(required)).toList();
            if (holdings.stream().anyMatch(c -> c.validThrough(job.window()))) {
                continue;
            }
            Optional<Certification> closest = holdings.stream().max(Comparator.comparing(Certification::expiresOnOrMax));
            ReasonCode code = closest.map(c -> whyNotValid(c, job.window())).orElse(ReasonCode.CERTIFICATION_MISSING);
            reasons.add(IneligibilityReason.of(code, required));
        }
        return reasons;
    }

    private static ReasonCode whyNotValid(Certification held, JobWindow window) {
        if (held.expiresOn() != null && held.expiresOn().isBefore(window.start())) {
            return ReasonCode.CERTIFICATION_EXPIRED;
        }
        if (held.expiresOn() != null && held.expiresOn().isBefore(window.end())) {
            return ReasonCode.CERTIFICATION_EXPIRES_DURING_ASSIGNMENT;
        }
        if (!held.status().isActive()) {
            return ReasonCode.CERTIFICATION_NOT_ACTIVE;
        }
        return ReasonCode.CERTIFICATION_ISSUED_AFTER_START;
    }
}
