package com.excelmedical.staffing.candidates.jobs;

import java.time.Instant;
import java.util.UUID;

/**
 * This service's copy of the job fields it shows beside an application, as of the newest job event
 * applied ({@code occurredAt}). Title and place may be null when only a status change has arrived yet.
 */
public record JobSnapshot(UUID jobId, String title, String facilityName, String cityName, String stateCode, JobState status,
                          Instant occurredAt) {
}
