package com.excelmedical.staffing.candidates.applications;

import com.excelmedical.staffing.platform.problems.DomainException;
import org.springframework.http.HttpStatus;

import java.util.UUID;

/** 409: one application per candidate and job; the answer names the one that exists. */
public class AlreadyAppliedException extends DomainException {

    public AlreadyAppliedException(UUID jobId, UUID existing) {
        super(HttpStatus.CONFLICT, "already-applied",
                "you already applied to job " + jobId + ": application " + existing, "jobId");
    }
}
