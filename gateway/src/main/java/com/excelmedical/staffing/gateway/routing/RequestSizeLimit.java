package com.excelmedical.staffing.gateway.routing;

import com.excelmedical.staffing.gateway.web.ProblemResponses;
import com.excelmedical.staffing.platform.problems.ProblemType;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Keeps request bodies within the area's limit. A {@code Content-Length} over the limit is refused with
 * 413 before anything reaches the service (the HTTP codec never reads past a declared length). A body
 * sent without a length ({@code Transfer-Encoding: chunked}) is counted as it streams through
 * ({@link CountedBody}); once it passes the limit the call to the service is cancelled and the client
 * gets 413. A request without a body costs one header look-up.
 */
@Component
class RequestSizeLimit implements GlobalFilter, Ordered {

    private final GatewayProperties properties;
    private final ProblemResponses problems;

    RequestSizeLimit(GatewayProperties properties, ProblemResponses problems) {
        this.properties = properties;
        this.problems = problems;
    }

    @Override
    public int getOrder() {
        return -100;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        HttpHeaders headers = exchange.getRequest().getHeaders();
        long length = headers.getContentLength();
        if (length < 0 && !headers.containsHeader(HttpHeaders.TRANSFER_ENCODING)) {
            return chain.filter(exchange);
        }
        long max = properties.maxRequestSizeOf(Areas.of(exchange)).toBytes();
        if (length > max) {
            return tooLarge(exchange, max);
        }
        if (length >= 0) {
            return chain.filter(exchange);
        }
        ServerWebExchange counted = exchange.mutate().request(new CountedBody(exchange.getRequest(), max)).build();
        return chain.filter(counted).onErrorResume(BodyTooLarge::isCauseOf, error -> tooLarge(exchange, max));
    }

    private Mono<Void> tooLarge(ServerWebExchange exchange, long max) {
        return problems.write(exchange, HttpStatus.CONTENT_TOO_LARGE, ProblemType.PAYLOAD_TOO_LARGE,
                "The request body is larger than " + max + " bytes");
    }
}
