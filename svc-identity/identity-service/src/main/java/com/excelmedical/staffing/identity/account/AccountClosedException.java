package com.excelmedical.staffing.identity.account;

import com.excelmedical.staffing.platform.problems.DomainException;
import org.springframework.http.HttpStatus;

/** 409: an erased (closed) account cannot change any more. */
public class AccountClosedException extends DomainException {

    public AccountClosedException() {
        super(HttpStatus.CONFLICT, "account-closed", "This account is closed");
    }
}
