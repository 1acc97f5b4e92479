package com.excelmedical.staffing.candidates.jobs;

import com.excelmedical.staffing.platform.problems.DomainException;
import com.excelmedical.staffing.platform.problems.ProblemType;
import org.springframework.http.HttpStatus;

import java.util.UUID;

/** 404 naming {@code jobId}: svc-jobs knows no such job. */
public class JobNotFoundException extends DomainException {

    public JobNotFoundException(UUID jobId) {
        super(HttpStatus.NOT_FOUND, ProblemType.NOT_FOUND, "job " + jobId + " does not exist", "jobId");
    }
}
