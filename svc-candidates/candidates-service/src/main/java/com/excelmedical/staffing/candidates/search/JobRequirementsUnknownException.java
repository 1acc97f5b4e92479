package com.excelmedical.staffing.candidates.search;

import com.excelmedical.staffing.platform.problems.DomainException;
import com.excelmedical.staffing.platform.problems.ProblemType;
import org.springframework.http.HttpStatus;

import java.util.UUID;

/** 422 naming {@code eligibleFor}: the job is known, but not yet what it requires (its state or specialty). */
class JobRequirementsUnknownException extends DomainException {

    JobRequirementsUnknownException(UUID jobId, String missing) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, ProblemType.UNPROCESSABLE,
                "the requirements of job " + jobId + " are not known yet (" + missing + ")", "eligibleFor");
    }
}
