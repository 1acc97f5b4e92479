package com.excelmedical.staffing.candidates.matches;

import com.excelmedical.staffing.platform.problems.DomainException;
import org.springframework.http.HttpStatus;

/** 403: a deactivated or erased candidate swipes no more (as they apply no more). */
class SwipesClosedException extends DomainException {

    SwipesClosedException() {
        super(HttpStatus.FORBIDDEN, "candidate-inactive", "this account may not swipe jobs");
    }
}
