package com.excelmedical.staffing.gateway.problems;

import com.excelmedical.staffing.gateway.resilience.BreakerProperties;
import com.excelmedical.staffing.gateway.routing.Areas;
import com.excelmedical.staffing.gateway.web.ProblemResponses;
import com.excelmedical.staffing.platform.problems.ProblemType;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.cloud.gateway.support.ServiceUnavailableException;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.DisconnectedClientHelper;
import reactor.core.publisher.Mono;
import reactor.netty.Connection;

import java.io.IOException;
import java.util.Map;
import java.util.Set;

/**
 * Every error the gateway answers itself becomes problem details. A routed request whose service
 * cannot be reached, timed out, or whose breaker is open gets 503 naming the area (with
 * {@code Retry-After} while the breaker is open).
 */
@Component
@Order(-2)
class GatewayErrorHandler implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GatewayErrorHandler.class);
    private static final Set<Integer> UPSTREAM_FAILURES = Set.of(502, 503, 504);
    private static final Map<Integer, String> TYPES = Map.of(
            400, ProblemType.MALFORMED, 401, ProblemType.UNAUTHORIZED, 403, ProblemType.FORBIDDEN,
            404, ProblemType.NOT_FOUND, 405, ProblemType.METHOD_NOT_ALLOWED, 406, ProblemType.NOT_ACCEPTABLE,
            413, ProblemType.PAYLOAD_TOO_LARGE, 415, ProblemType.UNSUPPORTED_MEDIA_TYPE);

    private final ProblemResponses problems;
    private final String retryAfterOpen;

    GatewayErrorHandler(ProblemResponses problems, BreakerProperties breaker) {
        this.problems = problems;
        this.retryAfterOpen = Long.toString(Math.max(1, breaker.openFor().toSeconds()));
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (DisconnectedClientHelper.isClientDisconnectedException(error) && !clientStillConnected(exchange)) {
            return Mono.empty();
        }
        String area = Areas.of(exchange);
        if (area != null && (isUpstreamFailure(error) || DisconnectedClientHelper.isClientDisconnectedException(error))) {
            if (isBreakerOpen(error)) {
                log.debug("{} is unavailable: circuit breaker open", area);
                exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, retryAfterOpen);
            } else {
                log.warn("{} is unavailable: {}", area, describe(error));
            }
            return problems.write(exchange, HttpStatus.SERVICE_UNAVAILABLE, ProblemType.UNAVAILABLE, area + " is unavailable");
        }
        if (error instanceof ResponseStatusException status) {
            HttpStatus resolved = HttpStatus.resolve(status.getStatusCode().value());
            HttpStatus answer = resolved != null ? resolved : HttpStatus.INTERNAL_SERVER_ERROR;
            status.getHeaders().forEach((name, values) -> exchange.getResponse().getHeaders().addAll(name, values));
            return problems.write(exchange, answer, TYPES.getOrDefault(answer.value(),
                    answer.is5xxServerError() ? ProblemType.INTERNAL : ProblemType.MALFORMED), detail(answer));
        }
        log.error("Unexpected error on {} {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(), error);
        return problems.write(exchange, HttpStatus.INTERNAL_SERVER_ERROR, ProblemType.INTERNAL, "An unexpected error occurred");
    }

    static boolean isUpstreamFailure(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (isBreakerOpen(t) || t instanceof IOException || t instanceof java.util.concurrent.TimeoutException
                    || t instanceof io.netty.handler.timeout.TimeoutException
                    || t instanceof org.springframework.cloud.gateway.support.TimeoutException) {
                return true;
            }
            if (t instanceof ResponseStatusException status && UPSTREAM_FAILURES.contains(status.getStatusCode().value())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A reset or broken pipe looks the same whichever side closed: when the client is still there, it was the
     * service that went away (for example while the gateway was still sending it the body), and the client
     * is owed an answer.
     */
    private static boolean clientStillConnected(ServerWebExchange exchange) {
        Object nativeRequest = ServerHttpRequestDecorator.getNativeRequest(exchange.getRequest());
        return nativeRequest instanceof Connection connection && connection.channel().isActive();
    }

    private static boolean isBreakerOpen(Throwable error) {
        return error instanceof CallNotPermittedException || error instanceof ServiceUnavailableException;
    }

    private static String describe(Throwable error) {
        return error.getClass().getSimpleName() + (error.getMessage() != null ? ": " + error.getMessage() : "");
    }

    private static String detail(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "No such resource";
            case CONTENT_TOO_LARGE -> "The request body is too large";
            case METHOD_NOT_ALLOWED -> "This method is not supported here";
            default -> status.getReasonPhrase();
        };
    }
}
