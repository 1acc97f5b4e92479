package com.excelmedical.staffing.candidates.jobs;

import com.excelmedical.staffing.platform.problems.DomainException;
import com.excelmedical.staffing.platform.problems.ProblemType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

import java.time.Duration;

/** 503 with {@code Retry-After}: the job cannot be checked now (svc-jobs down, slow, or its breaker open). */
public class JobsUnavailableException extends DomainException {

    private final Duration retryAfter;

    public JobsUnavailableException(Duration retryAfter, Throwable cause) {
        this("the job cannot be checked right now; try again shortly", retryAfter, cause);
    }

    /** svc-jobs could not answer something else than a job; {@code detail} says what. */
    protected JobsUnavailableException(String detail, Duration retryAfter, Throwable cause) {
        super(HttpStatus.SERVICE_UNAVAILABLE, ProblemType.UNAVAILABLE, detail);
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
