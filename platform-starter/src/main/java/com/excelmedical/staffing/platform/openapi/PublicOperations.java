package com.excelmedical.staffing.platform.openapi;

import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which mapped operations {@code staffing.security.public-routes} opens: a mapping's path with a sample
 * value in each variable is matched against each route, as the security filter would match a request.
 */
record PublicOperations(List<Route> routes) {

    private static final Pattern VARIABLE = Pattern.compile("\\{[^/]+?}(?=/|$)");
    private static final String SAMPLE = "00000000-0000-4000-8000-000000000000";

    record Route(String method, PathPattern pattern) {
    }

    static PublicOperations of(List<String> declared) {
        return new PublicOperations(declared.stream().map(PublicOperations::route).toList());
    }

    boolean isPublic(String method, String mappedPath) {
        PathContainer path = PathContainer.parsePath(VARIABLE.matcher(mappedPath).replaceAll(SAMPLE));
        return routes.stream().anyMatch(route -> (route.method() == null || route.method().equals(method))
                && route.pattern().matches(path));
    }

    private static Route route(String declared) {
        String[] parts = declared.trim().split("\\s+");
        String method = parts.length == 2 ? parts[0].toUpperCase(Locale.ROOT) : null;
        return new Route(method, PathPatternParser.defaultInstance.parse(parts[parts.length - 1]));
    }
}
