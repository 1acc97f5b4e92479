package com.excelmedical.staffing.gateway.security;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Security headers on every answer of the public port, the gateway's own (401, 404, 429, 503) and the
 * services' alike; a service's own value of one of these headers is replaced, so the policy is the
 * gateway's. HSTS only over HTTPS (browsers ignore it otherwise).
 */
public class SecurityHeaders implements WebFilter, Ordered {

    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 5;
    static final String HSTS = "max-age=31536000 ; includeSubDomains";

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        boolean https = exchange.getRequest().getSslInfo() != null;
        exchange.getResponse().beforeCommit(() -> {
            HttpHeaders headers = exchange.getResponse().getHeaders();
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("X-Frame-Options", "DENY");
            headers.set("Referrer-Policy", "no-referrer");
            headers.set("Content-Security-Policy", "frame-ancestors 'none'");
            headers.set("X-XSS-Protection", "0");
            if (https) {
                headers.set("Strict-Transport-Security", HSTS);
            }
            return Mono.empty();
        });
        return chain.filter(exchange);
    }
}
