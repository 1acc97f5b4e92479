package com.excelmedical.staffing.candidates.applications;

import com.excelmedical.staffing.platform.problems.DomainException;
import org.springframework.http.HttpStatus;

/** 409: the workflow does not allow this move (a skipped step, or out of a final state). */
public class IllegalApplicationTransitionException extends DomainException {

    public IllegalApplicationTransitionException(ApplicationStatus from, ApplicationStatus to) {
        super(HttpStatus.CONFLICT, "illegal-transition",
                "an application cannot move from " + from.code() + " to " + to.code(), "status");
    }
}
