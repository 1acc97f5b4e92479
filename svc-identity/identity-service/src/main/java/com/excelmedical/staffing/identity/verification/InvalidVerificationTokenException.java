package com.excelmedical.staffing.identity.verification;

import com.excelmedical.staffing.platform.problems.DomainException;
import org.springframework.http.HttpStatus;

/** 400: the link's token is unknown, used or expired. */
public class InvalidVerificationTokenException extends DomainException {

    public InvalidVerificationTokenException() {
        super(HttpStatus.BAD_REQUEST, "invalid-verification-token", "The link is invalid or has expired", "token");
    }
}
