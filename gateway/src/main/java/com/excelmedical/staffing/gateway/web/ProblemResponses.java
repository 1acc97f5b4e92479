package com.excelmedical.staffing.gateway.web;

import com.excelmedical.staffing.platform.problems.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** Writes the platform's problem details (RFC 9457) for answers the gateway gives itself. */
@Component
public class ProblemResponses {

    private final Problems problems;
    private final JsonMapper json;

    public ProblemResponses(Problems problems, JsonMapper json) {
        this.problems = problems;
        this.json = json;
    }

    public Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String type, String detail) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.empty();
        }
        ProblemDetail problem = problems.problem(status, type, detail, List.of());
        problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
        Map<String, Object> body = Problems.body(problem);
        body.computeIfAbsent("traceId", key -> Traces.traceId(exchange));
        body.values().removeIf(value -> value == null);
        byte[] bytes = json.writeValueAsBytes(body);
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getHeaders().setContentLength(bytes.length);
        return response.writeWith(Mono.just(response.bufferFactory().wrap(bytes)));
    }
}
