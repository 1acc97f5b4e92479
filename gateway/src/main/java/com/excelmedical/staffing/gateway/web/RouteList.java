package com.excelmedical.staffing.gateway.web;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import java.util.List;
import java.util.Locale;

/**
 * Routes written as {@code "GET /api/jobs/**"} or {@code "/api/identity/token"} (any method), matched
 * against the decoded path. One plain loop: the framework's composite matchers render their whole
 * content into a debug message on every request, whatever the log level.
 */
public final class RouteList {

    private record Entry(HttpMethod method, PathPattern pattern) {
    }

    private final List<Entry> entries;

    private RouteList(List<Entry> entries) {
        this.entries = entries;
    }

    public static RouteList parse(List<String> routes) {
        return new RouteList(routes.stream().map(RouteList::entry).toList());
    }

    public boolean matches(ServerHttpRequest request) {
        PathContainer path = request.getPath().pathWithinApplication();
        for (Entry entry : entries) {
            if ((entry.method == null || entry.method.equals(request.getMethod())) && entry.pattern.matches(path)) {
                return true;
            }
        }
        return false;
    }

    /** The same routes as a Spring Security matcher. */
    public ServerWebExchangeMatcher asMatcher() {
        return new ServerWebExchangeMatcher() {
            @Override
            public reactor.core.publisher.Mono<MatchResult> matches(org.springframework.web.server.ServerWebExchange exchange) {
                return RouteList.this.matches(exchange.getRequest()) ? MatchResult.match() : MatchResult.notMatch();
            }

            @Override
            public String toString() {
                return RouteList.this.toString();
            }
        };
    }

    @Override
    public String toString() {
        return entries.size() + " routes";
    }

    private static Entry entry(String route) {
        String[] parts = route.trim().split("\\s+");
        if (parts.length == 1) {
            return new Entry(null, PathPatternParser.defaultInstance.parse(parts[0]));
        }
        if (parts.length == 2) {
            return new Entry(HttpMethod.valueOf(parts[0].toUpperCase(Locale.ROOT)), PathPatternParser.defaultInstance.parse(parts[1]));
        }
        throw new IllegalStateException("expected a route as \"[METHOD] /path/**\", got \"" + route + "\"");
    }
}
