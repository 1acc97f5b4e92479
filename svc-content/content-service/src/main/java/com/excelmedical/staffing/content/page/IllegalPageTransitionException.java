package com.excelmedical.staffing.content.page;

import com.excelmedical.staffing.platform.problems.ConflictException;

/** 409: the page cannot take this step from its status (publishing a page that is not in review). */
public class IllegalPageTransitionException extends ConflictException {

    public IllegalPageTransitionException(PageStatus status, String action) {
        super("illegal-page-transition", "A page in status " + status.code() + " cannot be " + action, "status");
    }
}
