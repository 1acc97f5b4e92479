package com.excelmedical.staffing.platform.problems;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * A broken business rule. The subclass says which answer it deserves (404, 409, 422, ...) and under
 * which problem type; the one advice turns it into problem details.
 */
public abstract class DomainException extends RuntimeException {

    private final HttpStatus status;
    private final String type;
    private final String field;

    protected DomainException(HttpStatus status, String type, String detail) {
        this(status, type, detail, null);
    }

    /** @param field the request field the rule is about, reported in {@code errors}; may be null */
    protected DomainException(HttpStatus status, String type, String detail, String field) {
        super(detail);
        this.status = status;
        this.type = type;
        this.field = field;
    }

    public HttpStatus status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String field() {
        return field;
    }

    /** Headers the answer needs besides its problem body, for example {@code Retry-After}; none by default. */
    public HttpHeaders headers() {
        return new HttpHeaders();
    }
}
