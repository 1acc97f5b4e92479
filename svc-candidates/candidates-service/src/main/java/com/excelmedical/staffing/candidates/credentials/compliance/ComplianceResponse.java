package com.excelmedical.staffing.candidates.credentials.compliance;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The certifications the candidate's specialty requires and where the candidate stands on each, with a
 * score 0-100 (present full credit, expiring half; 100 when nothing is required). With no specialty on the
 * profile, or one svc-jobs does not know, {@code items} is empty, {@code score} null and {@code reason}
 * says why ({@code specialty_not_set}, {@code specialty_unknown}).
 */
public record ComplianceResponse(UUID candidateId, String specialty, LocalDate assessedOn, Integer score, String reason,
                                 List<Item> items) {

    /** One required certification: {@code status} {@code present}, {@code expiring}, {@code expired} or {@code missing}. */
    public record Item(String certificationCode, String name, String status, UUID credentialId, LocalDate expiresOn) {
    }
}
