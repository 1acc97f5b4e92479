package com.excelmedical.staffing.content.landing;

import com.excelmedical.staffing.platform.problems.DomainException;
import com.excelmedical.staffing.platform.problems.ProblemType;
import org.springframework.http.HttpStatus;

/** 404 naming the path segment that is no specialty or state of the platform. */
public class UnknownReferenceException extends DomainException {

    public UnknownReferenceException(String field, String value) {
        super(HttpStatus.NOT_FOUND, ProblemType.NOT_FOUND, "No " + field + " " + value + " on the platform", field);
    }
}
