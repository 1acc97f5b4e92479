package com.excelmedical.staffing.gateway.routing;

import com.excelmedical.staffing.gateway.web.ProblemResponses;
import com.excelmedical.staffing.platform.problems.ProblemType;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Refuses a body larger than the area's limit (by its {@code Content-Length}) with 413 before it
 * reaches the service. A body sent without a length is streamed; the service's own limits apply.
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
        long length = exchange.getRequest().getHeaders().getContentLength();
        long max = properties.maxRequestSizeOf(Areas.of(exchange)).toBytes();
        if (length > max) {
            return problems.write(exchange, HttpStatus.CONTENT_TOO_LARGE, ProblemType.PAYLOAD_TOO_LARGE,
                    "The request body is larger than " + max + " bytes");
        }
        return chain.filter(exchange);
    }
}
