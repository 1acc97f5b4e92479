package com.excelmedical.staffing.candidates.jobs;

import com.excelmedical.staffing.platform.problems.DomainException;
import org.springframework.http.HttpStatus;

import java.util.UUID;

/** 422 naming {@code jobId}: the job exists but does not take applications (not active). */
public class JobNotOpenException extends DomainException {

    public JobNotOpenException(UUID jobId, JobState status) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, "job-not-open",
                "job " + jobId + " is not open for applications (" + status.code() + ")", "jobId");
    }
}
