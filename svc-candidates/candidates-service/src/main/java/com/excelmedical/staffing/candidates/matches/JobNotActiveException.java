package com.excelmedical.staffing.candidates.matches;

import com.excelmedical.staffing.candidates.jobs.JobState;
import com.excelmedical.staffing.platform.problems.DomainException;
import org.springframework.http.HttpStatus;

import java.util.UUID;

/** 422 naming {@code jobId}: only active jobs are swiped (a job filled or closed meanwhile is no longer offered). */
class JobNotActiveException extends DomainException {

    JobNotActiveException(UUID jobId, JobState status) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, "job-not-active",
                "job " + jobId + " is " + status.code() + "; only active jobs can be swiped", "jobId");
    }
}
