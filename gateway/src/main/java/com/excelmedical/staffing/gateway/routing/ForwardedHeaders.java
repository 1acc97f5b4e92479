package com.excelmedical.staffing.gateway.routing;

import com.excelmedical.staffing.gateway.web.ClientAddress;
import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Tells the service who the client is: {@code X-Forwarded-For} (the peer address, {@link ClientAddress})
 * and {@code X-Forwarded-Proto} (the scheme the client used), replacing whatever the client sent in any
 * {@code X-Forwarded-*} or {@code Forwarded} header. The services trust these two headers only from the
 * proxies they are configured to trust (the starter's Tomcat {@code RemoteIpValve}).
 * <p>
 * Runs after Spring Cloud Gateway's own filters, which drop the client's {@code X-Forwarded-*} and
 * {@code Forwarded} headers while {@code spring.cloud.gateway.server.webflux.trusted-proxies} is unset;
 * the client's headers are dropped here too, so this does not depend on them.
 */
@Component
class ForwardedHeaders implements HttpHeadersFilter, Ordered {

    static final String FOR = "X-Forwarded-For";
    static final String PROTO = "X-Forwarded-Proto";
    private static final String PREFIX = "x-forwarded-";
    private static final String FORWARDED = "Forwarded";

    @Override
    public int getOrder() {
        return 1;
    }

    @Override
    public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
        ServerHttpRequest request = exchange.getRequest();
        HttpHeaders headers = new HttpHeaders();
        input.forEach((name, values) -> {
            if (!name.regionMatches(true, 0, PREFIX, 0, PREFIX.length()) && !name.equalsIgnoreCase(FORWARDED)) {
                headers.addAll(name, values);
            }
        });
        headers.set(FOR, ClientAddress.of(request));
        headers.set(PROTO, request.getURI().getScheme());
        return headers;
    }
}
