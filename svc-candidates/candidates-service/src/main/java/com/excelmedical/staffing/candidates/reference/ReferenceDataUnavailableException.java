package com.excelmedical.staffing.candidates.reference;

import com.excelmedical.staffing.platform.problems.DomainException;
import com.excelmedical.staffing.platform.problems.ProblemType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

import java.time.Duration;

/** 503 with {@code Retry-After}: svc-jobs' reference data has never been read and cannot be read now. */
public class ReferenceDataUnavailableException extends DomainException {

    private final Duration retryAfter;

    public ReferenceDataUnavailableException(Duration retryAfter, Throwable cause) {
        super(HttpStatus.SERVICE_UNAVAILABLE, ProblemType.UNAVAILABLE, "the reference data cannot be read right now; try again shortly");
        this.retryAfter = retryAfter;
        initCause(cause);
    }

    @Override
    public HttpHeaders headers() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, retryAfter.toSeconds())));
        return headers;
    }
}
