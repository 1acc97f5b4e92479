package com.excelmedical.staffing.platform.problems;

import org.springframework.http.HttpStatus;

/** 400 naming a field, for checks Bean Validation cannot express (an unknown specialty id, a weak password). */
public class InvalidInputException extends DomainException {

    public InvalidInputException(String field, String message) {
        super(HttpStatus.BAD_REQUEST, ProblemType.VALIDATION, message, field);
    }
}
