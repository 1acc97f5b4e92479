package com.excelmedical.staffing.candidates.reference;

import com.excelmedical.staffing.candidates.jobs.JobsUnavailableException;

import java.time.Duration;

/** 503 with {@code Retry-After}: svc-jobs' reference data has never been read and cannot be read now. */
public class ReferenceDataUnavailableException extends JobsUnavailableException {

    public ReferenceDataUnavailableException(Duration retryAfter, Throwable cause) {
        super("the reference data cannot be read right now; try again shortly", retryAfter, cause);
    }
}
