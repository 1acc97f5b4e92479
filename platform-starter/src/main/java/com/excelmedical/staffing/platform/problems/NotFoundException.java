package com.excelmedical.staffing.platform.problems;

import org.springframework.http.HttpStatus;

/** 404: the thing asked for does not exist (or the caller may not know that it does). */
public class NotFoundException extends DomainException {

    public NotFoundException(String what, Object id) {
        super(HttpStatus.NOT_FOUND, ProblemType.NOT_FOUND, what + " " + id + " does not exist");
    }
}
