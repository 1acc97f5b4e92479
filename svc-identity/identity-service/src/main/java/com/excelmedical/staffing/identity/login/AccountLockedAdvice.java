package com.excelmedical.staffing.identity.login;

import com.excelmedical.staffing.platform.problems.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.List;

/**
 * The starter's advice answers every {@link com.excelmedical.staffing.platform.problems.DomainException}
 * but sets no headers; a lockout also needs {@code Retry-After}. Same problem body, built by the starter.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class AccountLockedAdvice {

    private final Problems problems;

    AccountLockedAdvice(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(AccountLockedException.class)
    ResponseEntity<Object> locked(AccountLockedException e) {
        return ResponseEntity.status(e.status())
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problems.problem(e.status(), e.type(), e.getMessage(), List.of()));
    }
}
