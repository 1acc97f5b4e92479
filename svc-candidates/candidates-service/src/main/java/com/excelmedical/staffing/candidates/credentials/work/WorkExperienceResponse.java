package com.excelmedical.staffing.candidates.credentials.work;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A position held; {@code endedOn} null while it lasts. */
public record WorkExperienceResponse(UUID id, String employer, String title, String specialty, String city, String stateCode,
                                     LocalDate startedOn, LocalDate endedOn, String responsibilities, Instant updatedAt,
                                     long version) {
}
