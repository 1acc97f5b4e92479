package com.excelmedical.staffing.identity.login;

import com.excelmedical.staffing.platform.problems.DomainException;
import org.springframework.http.HttpStatus;

/** 401, the same answer for an unknown email, a wrong password and an account that may not log in. */
public class InvalidCredentialsException extends DomainException {

    public InvalidCredentialsException() {
        super(HttpStatus.UNAUTHORIZED, "invalid-credentials", "The email or the password is incorrect");
    }
}
