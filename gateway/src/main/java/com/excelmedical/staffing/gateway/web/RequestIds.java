package com.excelmedical.staffing.gateway.web;

import io.micrometer.tracing.Span;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Every request carries an {@code X-Request-Id}: the client's if it sent a sane one, a new one
 * otherwise. It goes to the service and back to the client, with the W3C {@code traceparent} of the
 * gateway's span so the client can quote either when reporting a problem.
 */
@Component
public class RequestIds implements WebFilter, Ordered {

    public static final String HEADER = "X-Request-Id";
    public static final String TRACEPARENT = "traceparent";
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String sent = exchange.getRequest().getHeaders().getFirst(HEADER);
        String id = sent != null && SANE.matcher(sent).matches() ? sent : UUID.randomUUID().toString();
        ServerHttpRequest request = id.equals(sent) ? exchange.getRequest()
                : exchange.getRequest().mutate().headers(headers -> headers.set(HEADER, id)).build();
        ServerWebExchange withId = request == exchange.getRequest() ? exchange : exchange.mutate().request(request).build();
        withId.getResponse().beforeCommit(() -> {
            HttpHeaders headers = withId.getResponse().getHeaders();
            headers.set(HEADER, id);
            String traceparent = traceparent(withId);
            if (traceparent != null) {
                headers.set(TRACEPARENT, traceparent);
            }
            return Mono.empty();
        });
        return chain.filter(withId);
    }

    private static String traceparent(ServerWebExchange exchange) {
        return Traces.spanOf(exchange).map(RequestIds::format).orElse(null);
    }

    private static String format(Span span) {
        var context = span.context();
        return "00-" + context.traceId() + "-" + context.spanId() + "-" + (Boolean.TRUE.equals(context.sampled()) ? "01" : "00");
    }
}
