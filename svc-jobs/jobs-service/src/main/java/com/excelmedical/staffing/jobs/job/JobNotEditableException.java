package com.excelmedical.staffing.jobs.job;

import com.excelmedical.staffing.platform.problems.ConflictException;

/** 409: a filled, closed or expired job is history and is not edited any more. */
public class JobNotEditableException extends ConflictException {

    public JobNotEditableException(JobStatus status) {
        super("job-not-editable", "a " + status.code() + " job cannot be edited", "status");
    }
}
