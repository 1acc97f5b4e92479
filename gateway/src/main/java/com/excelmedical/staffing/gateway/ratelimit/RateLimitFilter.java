package com.excelmedical.staffing.gateway.ratelimit;

import com.excelmedical.staffing.gateway.web.ProblemResponses;
import com.excelmedical.staffing.gateway.routing.Areas;
import com.excelmedical.staffing.gateway.web.ClientAddress;
import com.excelmedical.staffing.gateway.web.RouteList;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.security.Principal;
import java.util.Optional;

/**
 * Draws one token per routed request: from the user's bucket when the token was verified, from the
 * client IP's bucket otherwise, and from the small per-IP credentials bucket for sign-in and
 * registration. The client IP is the peer address ({@link ClientAddress}), never a header the client
 * sent. Over the limit: 429 problem details with {@code Retry-After}. Every answer carries
 * {@code X-RateLimit-Remaining} and {@code X-RateLimit-Limit}.
 */
public class RateLimitFilter implements GlobalFilter, Ordered {

    public static final String REMAINING = "X-RateLimit-Remaining";
    public static final String LIMIT = "X-RateLimit-Limit";
    static final String TYPE = "too-many-requests";

    private final RateLimits limits;
    private final RouteList credentialRoutes;
    private final ProblemResponses problems;
    private final MeterRegistry meters;

    public RateLimitFilter(RateLimits limits, RateLimitProperties properties, ProblemResponses problems, MeterRegistry meters) {
        this.limits = limits;
        this.credentialRoutes = RouteList.parse(properties.credentialRoutes());
        this.problems = problems;
        this.meters = meters;
    }

    @Override
    public int getOrder() {
        return -90;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        if (credentialRoutes.matches(exchange.getRequest())) {
            return take(exchange, chain, Tier.CREDENTIALS, ClientAddress.of(exchange.getRequest()));
        }
        return exchange.getPrincipal().map(Principal::getName).map(Optional::of).defaultIfEmpty(Optional.empty())
                .flatMap(user -> user.isPresent() ? take(exchange, chain, Tier.USER, user.get())
                        : take(exchange, chain, Tier.ANONYMOUS, ClientAddress.of(exchange.getRequest())));
    }

    private Mono<Void> take(ServerWebExchange exchange, GatewayFilterChain chain, Tier tier, String key) {
        return limits.take(tier, key).flatMap(decision -> apply(exchange, chain, tier, decision));
    }

    private Mono<Void> apply(ServerWebExchange exchange, GatewayFilterChain chain, Tier tier, Decision decision) {
        HttpHeaders headers = exchange.getResponse().getHeaders();
        headers.set(REMAINING, Long.toString(decision.remaining()));
        headers.set(LIMIT, Long.toString(decision.capacity()));
        if (decision.allowed()) {
            return chain.filter(exchange);
        }
        rejected(tier, Areas.routeId(exchange)).increment();
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(decision.retryAfterSeconds()));
        return problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS, TYPE,
                "Too many requests; try again in " + decision.retryAfterSeconds() + " s");
    }

    private Counter rejected(Tier tier, String route) {
        return Counter.builder("gateway.ratelimit.rejected")
                .description("Requests refused with 429 because their bucket was empty")
                .tag("tier", tier.id())
                .tag("route", route)
                .register(meters);
    }
}
