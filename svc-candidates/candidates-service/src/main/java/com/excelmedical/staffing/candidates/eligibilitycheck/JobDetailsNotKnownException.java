package com.excelmedical.staffing.candidates.eligibilitycheck;

import com.excelmedical.staffing.platform.problems.DomainException;
import org.springframework.http.HttpStatus;

import java.util.UUID;

/**
 * 422 naming {@code jobId}: this service knows the job, but not yet what it requires (its profession,
 * specialty or dates have not arrived with a job event, or are not in svc-jobs' reference data).
 */
public class JobDetailsNotKnownException extends DomainException {

    public JobDetailsNotKnownException(UUID jobId) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, "job-details-not-known",
                "job details not known yet: job " + jobId + " cannot be checked for eligibility until they arrive", "jobId");
    }
}
