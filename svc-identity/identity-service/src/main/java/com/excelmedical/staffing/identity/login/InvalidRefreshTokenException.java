package com.excelmedical.staffing.identity.login;

import com.excelmedical.staffing.platform.problems.DomainException;
import org.springframework.http.HttpStatus;

/** 401: the refresh token is unknown, used, expired or its session is over; the client logs in again. */
public class InvalidRefreshTokenException extends DomainException {

    public InvalidRefreshTokenException() {
        super(HttpStatus.UNAUTHORIZED, "invalid-refresh-token", "The refresh token is not valid; log in again");
    }
}
