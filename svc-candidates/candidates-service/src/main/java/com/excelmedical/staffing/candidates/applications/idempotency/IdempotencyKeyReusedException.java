package com.excelmedical.staffing.candidates.applications.idempotency;

import com.excelmedical.staffing.platform.problems.DomainException;
import org.springframework.http.HttpStatus;

/** 422: the key was first used with another request body. */
public class IdempotencyKeyReusedException extends DomainException {

    public IdempotencyKeyReusedException() {
        super(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused",
                "this Idempotency-Key was used with a different request; use a new key for a new request", "Idempotency-Key");
    }
}
