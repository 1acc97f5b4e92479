package com.excelmedical.staffing.jobs.job;

import com.excelmedical.staffing.platform.problems.ConflictException;

/** 409: the job cannot move from its status to the requested one. */
public class IllegalJobTransitionException extends ConflictException {

    public IllegalJobTransitionException(JobStatus from, JobStatus to) {
        super("illegal-job-transition",
                "a job cannot move from " + from.code() + " to " + to.code(), "status");
    }
}
