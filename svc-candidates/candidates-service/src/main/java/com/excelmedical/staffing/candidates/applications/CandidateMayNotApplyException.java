package com.excelmedical.staffing.candidates.applications;

import com.excelmedical.staffing.platform.problems.DomainException;
import org.springframework.http.HttpStatus;

/** 403: a deactivated or erased candidate cannot apply. */
public class CandidateMayNotApplyException extends DomainException {

    public CandidateMayNotApplyException() {
        super(HttpStatus.FORBIDDEN, "candidate-inactive", "this account may not apply to jobs");
    }
}
