package com.excelmedical.staffing.candidates.eligibilitycheck;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** {@code GET /candidates/me/eligibility/{jobId}}: eligible, or every reason not, as of {@code checkedAt}. */
public record JobEligibilityResponse(UUID jobId, boolean eligible, List<EligibilityReason> reasons, Instant checkedAt) {

    static JobEligibilityResponse of(UUID jobId, EligibilityVerdict verdict) {
        return new JobEligibilityResponse(jobId, verdict.eligible(), verdict.reasons(), verdict.checkedAt());
    }
}
