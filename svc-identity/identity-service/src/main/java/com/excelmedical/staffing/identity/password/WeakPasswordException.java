package com.excelmedical.staffing.identity.password;

import com.excelmedical.staffing.platform.problems.DomainException;
import org.springframework.http.HttpStatus;

/** 400 naming the password rule that was broken. */
public class WeakPasswordException extends DomainException {

    public WeakPasswordException(String rule) {
        super(HttpStatus.BAD_REQUEST, "weak-password", rule, "password");
    }
}
