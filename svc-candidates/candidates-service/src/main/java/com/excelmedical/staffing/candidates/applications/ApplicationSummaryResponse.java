package com.excelmedical.staffing.candidates.applications;

import com.excelmedical.staffing.candidates.eligibilitycheck.EligibilityVerdict;

import java.time.Instant;
import java.util.UUID;

/**
 * One item of the applications list, with the job's title and place from the local snapshot and the
 * eligibility kept when the candidate applied (null when it could not be computed).
 */
public record ApplicationSummaryResponse(UUID id, UUID jobId, UUID candidateId, String status, Instant submittedAt,
                                         Instant updatedAt, JobSummaryResponse job, EligibilityVerdict eligibility) {
}
