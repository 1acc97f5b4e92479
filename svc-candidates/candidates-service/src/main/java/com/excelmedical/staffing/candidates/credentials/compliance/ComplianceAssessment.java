package com.excelmedical.staffing.candidates.credentials.compliance;

import com.excelmedical.staffing.candidates.eligibility.CertificationCode;
import com.excelmedical.staffing.candidates.eligibility.CredentialStatus;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The certifications a specialty requires against those held, on a day, and the score: the share of the
 * credit available, present counting fully and expiring half, rounded to a whole percent; 100 when the
 * specialty requires nothing.
 */
public record ComplianceAssessment(List<RequirementCheck> checks, int score) {

    /** A certification expiring within this many days (inclusive) counts as expiring. */
    public static final int WARNING_DAYS = 30;

    public ComplianceAssessment {
        checks = List.copyOf(checks);
    }

    static ComplianceAssessment of(List<CertificationCode> required, List<HeldCertification> held, LocalDate today) {
        Map<CertificationCode, HeldCertification> byCode = held.stream()
                .collect(Collectors.toMap(HeldCertification::code, Function.identity(), (first, second) -> first));
        List<RequirementCheck> checks = required.stream().distinct().map(code -> check(code, byCode.get(code), today)).toList();
        if (checks.isEmpty()) {
            return new ComplianceAssessment(checks, 100);
        }
        int points = checks.stream().mapToInt(check -> check.status().halfPoints()).sum();
        return new ComplianceAssessment(checks, Math.round(100f * points / (2f * checks.size())));
    }

    private static RequirementCheck check(CertificationCode code, HeldCertification held, LocalDate today) {
        if (held == null) {
            return new RequirementCheck(code, ComplianceStatus.MISSING, null, null);
        }
        return new RequirementCheck(code, status(held, today), held.id(), held.expiresOn());
    }

    private static ComplianceStatus status(HeldCertification held, LocalDate today) {
        if (held.status() == CredentialStatus.EXPIRED || held.expiresOn() != null && held.expiresOn().isBefore(today)) {
            return ComplianceStatus.EXPIRED;
        }
        if (!held.status().isActive()) {
            return ComplianceStatus.MISSING;
        }
        if (held.expiresOn() != null && !held.expiresOn().isAfter(today.plusDays(WARNING_DAYS))) {
            return ComplianceStatus.EXPIRING;
        }
        return ComplianceStatus.PRESENT;
    }
}
