package com.excelmedical.staffing.platform.security;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.util.List;
import java.util.Locale;

/** Parses {@code staffing.security.public-routes} entries such as {@code "GET /jobs/**"}. */
final class PublicRoutes {

    /** Always open inside a service: probes and scraping (never routed by the gateway) and the API docs. */
    static final List<String> ALWAYS = List.of("GET /actuator/health/**", "GET /actuator/health", "GET /actuator/info",
            "GET /actuator/prometheus", "GET /v3/api-docs/**", "GET /v3/api-docs", "/error");

    private PublicRoutes() {
    }

    static List<RequestMatcher> matchers(List<String> routes) {
        return routes.stream().map(PublicRoutes::matcher).toList();
    }

    static RequestMatcher matcher(String route) {
        String[] parts = route.trim().split("\\s+");
        PathPatternRequestMatcher.Builder builder = PathPatternRequestMatcher.withDefaults();
        if (parts.length == 1) {
            return builder.matcher(parts[0]);
        }
        if (parts.length == 2) {
            return builder.matcher(HttpMethod.valueOf(parts[0].toUpperCase(Locale.ROOT)), parts[1]);
        }
        throw new IllegalStateException("staffing.security.public-routes: expected \"[METHOD] /path/**\", got \"" + route + "\"");
    }
}
