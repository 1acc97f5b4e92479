package com.excelmedical.staffing.candidates.search;

import com.excelmedical.staffing.platform.problems.DomainException;
import com.excelmedical.staffing.platform.problems.ProblemType;
import org.springframework.http.HttpStatus;

import java.util.UUID;

/** 404 naming {@code eligibleFor}: no job of that id is known to this service. */
class EligibleForJobNotFoundException extends DomainException {

    EligibleForJobNotFoundException(UUID jobId) {
        super(HttpStatus.NOT_FOUND, ProblemType.NOT_FOUND, "job " + jobId + " does not exist", "eligibleFor");
    }
}
