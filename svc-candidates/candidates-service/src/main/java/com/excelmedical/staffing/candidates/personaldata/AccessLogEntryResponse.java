package com.excelmedical.staffing.candidates.personaldata;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One full read of a candidate's personal data by staff.
 *
 * @param accessorRole {@code recruiter} or {@code admin}
 * @param fields       the fields disclosed ({@code ssn}, {@code dateOfBirth}); empty when none was stored
 */
public record AccessLogEntryResponse(UUID id, UUID candidateId, UUID accessedBy, String accessorRole, List<String> fields,
                                     String reason, Instant accessedAt) {
}
