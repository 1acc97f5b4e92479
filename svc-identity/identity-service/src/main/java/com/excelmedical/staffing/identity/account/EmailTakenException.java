package com.excelmedical.staffing.identity.account;

import com.excelmedical.staffing.platform.problems.ConflictException;

/** 409: an account with this email (compared case-insensitively) exists. */
public class EmailTakenException extends ConflictException {

    public EmailTakenException() {
        super("email-taken", "An account with this email already exists", "email");
    }
}
