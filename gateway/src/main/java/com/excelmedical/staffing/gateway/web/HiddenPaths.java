package com.excelmedical.staffing.gateway.web;

import com.excelmedical.staffing.platform.problems.ProblemType;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;

import java.util.List;

/**
 * Paths never routed, decided before the token check so the answer does not depend on who asks.
 * <ul>
 * <li>A path a service could resolve to something else ({@link UnsafePaths}: dot segments, plain or
 * encoded, encoded slashes): 400 problem details. Checked on the raw request line, one pass.</li>
 * <li>The services' actuators ({@code /api/<area>/actuator/**}): 404. Matched on the decoded path, so
 * {@code %61ctuator} or {@code ;jsessionid=} tricks do not get past.</li>
 * </ul>
 * The gateway's own actuator listens on the management port only, so {@code /actuator/**} on the
 * public port matches nothing (404).
 */
@Component
public class HiddenPaths implements WebFilter, Ordered {

    private static final List<PathPattern> HIDDEN = List.of(
            PathPatternParser.defaultInstance.parse("/api/*/actuator"),
            PathPatternParser.defaultInstance.parse("/api/*/actuator/**"));

    private final ProblemResponses problems;

    public HiddenPaths(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public int getOrder() {
        return RequestIds.ORDER + 1;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (UnsafePaths.isUnsafe(exchange.getRequest().getURI().getRawPath())) {
            return problems.write(exchange, HttpStatus.BAD_REQUEST, ProblemType.MALFORMED,
                    "The path must not contain dot segments or encoded slashes");
        }
        if (isHidden(exchange.getRequest().getPath().pathWithinApplication())) {
            return problems.write(exchange, HttpStatus.NOT_FOUND, ProblemType.NOT_FOUND, "No such resource");
        }
        return chain.filter(exchange);
    }

    static boolean isHidden(PathContainer path) {
        return HIDDEN.stream().anyMatch(pattern -> pattern.matches(path));
    }
}
