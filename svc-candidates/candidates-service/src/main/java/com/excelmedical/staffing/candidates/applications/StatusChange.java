package com.excelmedical.staffing.candidates.applications;

import java.time.Instant;
import java.util.UUID;

/**
 * One row of an application's status history: the move, who made it in which role, when, and the note
 * and reason given. {@code from} is null for the submission itself.
 */
public record StatusChange(UUID applicationId, ApplicationStatus from, ApplicationStatus to, Actor actor, Instant at,
                           String note, String reason) {
}
