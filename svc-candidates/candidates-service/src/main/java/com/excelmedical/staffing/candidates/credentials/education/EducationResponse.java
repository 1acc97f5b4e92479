package com.excelmedical.staffing.candidates.credentials.education;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A school attended. */
public record EducationResponse(UUID id, String institution, String degree, String field, LocalDate startedOn,
                                LocalDate completedOn, Instant updatedAt, long version) {
}
