package com.excelmedical.staffing.platform.problems;

import org.springframework.http.HttpStatus;

/** 409: the request clashes with the current state (a duplicate, an illegal status change). */
public class ConflictException extends DomainException {

    public ConflictException(String detail) {
        super(HttpStatus.CONFLICT, ProblemType.CONFLICT, detail);
    }

    public ConflictException(String type, String detail, String field) {
        super(HttpStatus.CONFLICT, type, detail, field);
    }
}
