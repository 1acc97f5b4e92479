package com.excelmedical.staffing.platform.problems;

import org.springframework.http.HttpStatus;

/** 422: the request is well-formed but a business rule refuses it (applying to a job that is not open). */
public class UnprocessableException extends DomainException {

    public UnprocessableException(String detail) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, ProblemType.UNPROCESSABLE, detail);
    }

    public UnprocessableException(String type, String detail, String field) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, type, detail, field);
    }
}
