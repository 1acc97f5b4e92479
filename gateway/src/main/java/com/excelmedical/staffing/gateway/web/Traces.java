package com.excelmedical.staffing.gateway.web;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.handler.TracingObservationHandler.TracingContext;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.web.server.ServerWebExchange;

import java.util.Optional;

/** The span of the server observation of an exchange (reactive code has no thread-local current span). */
public final class Traces {

    private Traces() {
    }

    public static Optional<Span> spanOf(ServerWebExchange exchange) {
        return ServerRequestObservationContext.findCurrent(exchange.getAttributes())
                .map(context -> context.get(TracingContext.class))
                .map(tracing -> ((TracingContext) tracing).getSpan());
    }

    public static String traceId(ServerWebExchange exchange) {
        return spanOf(exchange).map(span -> span.context().traceId()).orElse(null);
    }
}
