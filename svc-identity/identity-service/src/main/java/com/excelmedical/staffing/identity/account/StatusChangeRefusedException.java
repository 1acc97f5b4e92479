package com.excelmedical.staffing.identity.account;

import com.excelmedical.staffing.platform.problems.DomainException;
import com.excelmedical.staffing.platform.problems.ProblemType;
import org.springframework.http.HttpStatus;

/** 400 on {@code status}: a status the account cannot be given by a status change. */
public class StatusChangeRefusedException extends DomainException {

    public StatusChangeRefusedException(String detail) {
        super(HttpStatus.BAD_REQUEST, ProblemType.VALIDATION, detail, "status");
    }
}
