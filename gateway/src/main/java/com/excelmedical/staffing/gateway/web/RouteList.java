package com.excelmedical.staffing.gateway.web;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import java.util.List;
import java.util.Locale;

/**
 * Routes written as {@code "GET /api/jobs/**"} or {@code "/api/identity/token"} (any method), matched
 * against the decoded path, in one plain loop (it runs on every request: public routes, credential
 * routes).
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
