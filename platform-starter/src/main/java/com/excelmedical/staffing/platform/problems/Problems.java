package com.excelmedical.staffing.platform.problems;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the platform's problem details: type, title, status, detail, errors and the trace id. */
public class Problems {

    private static final Map<Integer, String> TYPES_BY_STATUS = Map.of(
            400, ProblemType.MALFORMED, 401, ProblemType.UNAUTHORIZED, 403, ProblemType.FORBIDDEN,
            404, ProblemType.NOT_FOUND, 405, ProblemType.METHOD_NOT_ALLOWED, 406, ProblemType.NOT_ACCEPTABLE,
            409, ProblemType.CONFLICT, 413, ProblemType.PAYLOAD_TOO_LARGE, 415, ProblemType.UNSUPPORTED_MEDIA_TYPE,
            503, ProblemType.UNAVAILABLE);

    private final ObjectProvider<Tracer> tracer;

    public Problems(ObjectProvider<Tracer> tracer) {
        this.tracer = tracer;
    }

    public ProblemDetail problem(HttpStatusCode status, String type, String detail, List<FieldProblem> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(ProblemType.uri(type));
        HttpStatus known = HttpStatus.resolve(status.value());
        problem.setTitle(known != null ? known.getReasonPhrase() : "Error");
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        String traceId = traceId();
        if (traceId != null) {
            problem.setProperty("traceId", traceId);
        }
        return problem;
    }

    public ResponseEntity<Object> respond(HttpStatusCode status, String type, String detail, List<FieldProblem> errors) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(status, type, detail, errors));
    }

    public ResponseEntity<Object> validation(List<FieldProblem> errors) {
        return respond(HttpStatus.BAD_REQUEST, ProblemType.VALIDATION, "The request has invalid fields", errors);
    }

    /**
     * The problem as the JSON object clients receive (its properties beside the standard members), for code
     * that writes a response itself, outside Spring MVC's message converters (filters, security handlers).
     */
    public static Map<String, Object> body(ProblemDetail problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getInstance() != null) {
            body.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        return body;
    }

    /** The platform's type for an answer with this status and no more specific type. */
    static String typeOf(HttpStatusCode status) {
        return TYPES_BY_STATUS.getOrDefault(status.value(), status.is5xxServerError() ? ProblemType.INTERNAL : ProblemType.MALFORMED);
    }

    /** Completes a problem built by the framework with our type and the trace id. */
    ResponseEntity<Object> respond(HttpHeaders headers, ProblemDetail problem, HttpStatusCode status) {
        if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
            problem.setType(ProblemType.uri(typeOf(status)));
        }
        String traceId = traceId();
        if (traceId != null) {
            problem.setProperty("traceId", traceId);
        }
        return ResponseEntity.status(status).headers(headers).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private String traceId() {
        Tracer current = tracer.getIfAvailable();
        Span span = current == null ? null : current.currentSpan();
        return span == null ? null : span.context().traceId();
    }
}
