package com.excelmedical.staffing.platform.problems;

import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.sql.SQLException;
import java.util.List;

/**
 * The one place where a service's errors become RFC 9457 problem details: validation → 400 with
 * {@code errors}, unreadable JSON → 400, {@link DomainException} → its status, a stale update or a unique or
 * foreign-key violation → 409, a request the firewall or the container refused → 400, auth → 401/403, and anything unexpected → 500 with a generic detail and the trace id, its stack trace
 * only in the log. A service's own advice with a higher precedence may still handle its exceptions first.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 10)
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    private final Problems problems;

    public ProblemDetailsAdvice(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<Object> domain(DomainException e) {
        List<FieldProblem> errors = e.field() == null ? List.of() : List.of(new FieldProblem(e.field(), e.getMessage()));
        return ResponseEntity.status(e.status()).headers(e.headers()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problems.problem(e.status(), e.type(), e.getMessage(), errors));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolation(ConstraintViolationException e) {
        return problems.validation(FieldErrors.of(e));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<Object> staleUpdate(OptimisticLockingFailureException e) {
        return problems.respond(HttpStatus.CONFLICT, ProblemType.CONCURRENT_MODIFICATION,
                "Someone else changed this in the meantime; reload it and try again", List.of());
    }

    /**
     * 409 only for a real conflict: a unique or foreign-key violation. Any other constraint the database
     * enforces (not null, check, a value too long or out of range) should have been refused at the edge
     * with the field named, so reaching the database with it is a fault of ours: 500, logged.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Object> integrity(DataIntegrityViolationException e) {
        if (!isConflict(e)) {
            return unexpected(e);
        }
        log.warn("Refused by a database constraint: {}", withoutValues(e.getMostSpecificCause().getMessage()));
        return problems.respond(HttpStatus.CONFLICT, ProblemType.CONFLICT,
                "The request conflicts with existing data", List.of());
    }

    /** SQLSTATE 23505 (unique violation) or 23503 (foreign-key violation), anywhere in the cause chain. */
    static boolean isConflict(Throwable e) {
        if (e instanceof DuplicateKeyException) {
            return true;
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && ("23505".equals(sql.getSQLState()) || "23503".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The database's first line names the constraint; the lines after it (PostgreSQL's {@code Detail: Key
     * (email)=(...)}) quote the values, which may be personal data and never go to the log.
     */
    static String withoutValues(String message) {
        if (message == null) {
            return "(no message)";
        }
        int lineEnd = message.indexOf('\n');
        return (lineEnd < 0 ? message : message.substring(0, lineEnd)).strip();
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> denied(AccessDeniedException e) {
        return problems.respond(HttpStatus.FORBIDDEN, ProblemType.FORBIDDEN, "You may not do this", List.of());
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<Object> unauthenticated(AuthenticationException e) {
        return problems.respond(HttpStatus.UNAUTHORIZED, ProblemType.UNAUTHORIZED, "A valid access token is required", List.of());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        if (RefusedRequests.isRefused(e)) {
            return problems.respond(HttpStatus.BAD_REQUEST, ProblemType.MALFORMED, RefusedRequests.DETAIL, List.of());
        }
        log.error("Unexpected error", e);
        return problems.respond(HttpStatus.INTERNAL_SERVER_ERROR, ProblemType.INTERNAL,
                "Something went wrong on our side; the trace id identifies it", List.of());
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        return problems.validation(FieldErrors.of(e.getBindingResult()));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
                                                                            HttpHeaders headers, HttpStatusCode status,
                                                                            WebRequest request) {
        return problems.validation(FieldErrors.of(e));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = FieldErrors.ofUnreadable(e);
        String detail = errors.isEmpty() ? "The request body is not valid JSON" : "The request body has a value of the wrong type";
        return problems.respond(HttpStatus.BAD_REQUEST, ProblemType.MALFORMED, detail, errors);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        return problems.validation(List.of(new FieldProblem(e.getParameterName(), "is required")));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(org.springframework.beans.TypeMismatchException e,
                                                        HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String name = e instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName() : e.getPropertyName();
        return problems.validation(List.of(new FieldProblem(name, FieldErrors.expected(e.getRequiredType()))));
    }

    /** Every other framework error (404 no route, 405, 415, 413, ...) keeps its status and gets our type. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = body instanceof ProblemDetail detail ? detail : ProblemDetail.forStatus(status);
        return problems.respond(headers, problem, status);
    }
}
