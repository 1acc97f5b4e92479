package com.excelmedical.staffing.identity.login;

import com.excelmedical.staffing.platform.problems.DomainException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

import java.time.Duration;

/** 423 with {@code Retry-After}: too many failed logins; the account opens again by itself. */
public class AccountLockedException extends DomainException {

    private final Duration retryAfter;

    public AccountLockedException(Duration retryAfter) {
        super(HttpStatus.LOCKED, "account-locked", "Too many failed logins: try again later");
        this.retryAfter = retryAfter;
    }

    /** Whole seconds, rounded up, at least 1. */
    public long retryAfterSeconds() {
        long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }

    @Override
    public HttpHeaders headers() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds()));
        return headers;
    }
}
