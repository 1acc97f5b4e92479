package com.excelmedical.staffing.candidates.applications;

import java.time.Instant;
import java.util.UUID;

/** One item of the applications list, with the job's title and place from the local snapshot. */
public record ApplicationSummaryResponse(UUID id, UUID jobId, UUID candidateId, String status, Instant submittedAt,
                                         Instant updatedAt, JobSummaryResponse job) {
}
