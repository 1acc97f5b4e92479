package com.excelmedical.staffing.gateway.security;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;

import java.util.List;
import java.util.Locale;

/** Parses {@code staffing.security.public-routes} entries such as {@code "GET /api/jobs/**"} for WebFlux. */
final class PublicRoutes {

    /** The gateway's own Swagger UI and its configuration; the services' documents are routed (see application.yml). */
    static final List<String> ALWAYS = List.of("GET /swagger-ui.html", "GET /swagger-ui/**", "GET /webjars/**",
            "GET /v3/api-docs/swagger-config");

    private PublicRoutes() {
    }

    static ServerWebExchangeMatcher matcher(List<String> routes) {
        return ServerWebExchangeMatchers.matchers(routes.stream().map(PublicRoutes::matcher).toArray(ServerWebExchangeMatcher[]::new));
    }

    static ServerWebExchangeMatcher matcher(String route) {
        String[] parts = route.trim().split("\\s+");
        if (parts.length == 1) {
            return ServerWebExchangeMatchers.pathMatchers(parts[0]);
        }
        if (parts.length == 2) {
            return ServerWebExchangeMatchers.pathMatchers(HttpMethod.valueOf(parts[0].toUpperCase(Locale.ROOT)), parts[1]);
        }
        throw new IllegalStateException("staffing.security.public-routes: expected \"[METHOD] /path/**\", got \"" + route + "\"");
    }
}
