package com.excelmedical.staffing.gateway.security;

import com.excelmedical.staffing.gateway.web.ProblemResponses;
import com.excelmedical.staffing.gateway.web.RouteList;
import com.excelmedical.staffing.platform.problems.Problems;
import com.excelmedical.staffing.platform.security.RolesConverter;
import io.micrometer.tracing.Tracer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** The decisions of the token check; the real decoder and its rules are exercised by TokenIT. */
class TokenCheckTest {

    private static final String GOOD = "good.token.value";
    private static final String BAD = "bad.token.value";
    private static final String UNCHECKABLE = "keys.unavailable.now";

    private final ReactiveJwtDecoder decoder = token -> switch (token) {
        case GOOD -> Mono.just(Jwt.withTokenValue(token).header("alg", "RS256").subject("user-1")
                .claim("roles", List.of("candidate")).issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60)).build());
        case UNCHECKABLE -> Mono.error(new JwtException("Couldn't retrieve remote JWK set"));
        default -> Mono.error(new BadJwtException("Signed JWT rejected: Invalid signature"));
    };

    private final TokenCheck check = new TokenCheck(decoder, RolesConverter.jwtAuthenticationConverter(),
            RouteList.parse(List.of("GET /api/jobs", "GET /api/jobs/{id}")),
            new ProblemResponses(new Problems(new StaticListableBeanFactory().getBeanProvider(Tracer.class)), JsonMapper.builder().build()));

    private final AtomicReference<ServerWebExchange> passed = new AtomicReference<>();
    private final WebFilterChain chain = exchange -> {
        passed.set(exchange);
        return Mono.empty();
    };

    @Test
    void aPublicRoutePassesWithoutAToken() {
        run(MockServerHttpRequest.get("/api/jobs"));
        assertThat(passed.get()).isNotNull();
    }

    @Test
    void aProtectedRouteWithoutATokenIs401() {
        MockServerWebExchange exchange = run(MockServerHttpRequest.get("/api/candidates/me"));
        assertThat(passed.get()).isNull();
        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(exchange.getResponse().getHeaders().getFirst("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(exchange.getResponse().getBodyAsString().block()).contains("A valid access token is required");
    }

    @Test
    void pathsOutsideTheApiNeedNoToken() {
        run(MockServerHttpRequest.get("/swagger-ui/index.html"));
        assertThat(passed.get()).isNotNull();
    }

    @Test
    void aValidTokenBecomesThePrincipal() {
        run(MockServerHttpRequest.get("/api/candidates/me").header("Authorization", "Bearer " + GOOD));
        Principal principal = passed.get().getPrincipal().block();
        assertThat(principal).isNotNull();
        assertThat(principal.getName()).isEqualTo("user-1");
    }

    @Test
    void theSchemeIsCaseInsensitive() {
        run(MockServerHttpRequest.get("/api/candidates/me").header("Authorization", "bearer " + GOOD));
        assertThat(passed.get()).isNotNull();
    }

    @Test
    void aBadTokenIs401EvenOnAPublicRoute() {
        MockServerWebExchange exchange = run(MockServerHttpRequest.get("/api/jobs").header("Authorization", "Bearer " + BAD));
        assertThat(passed.get()).isNull();
        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(exchange.getResponse().getHeaders().getFirst("WWW-Authenticate")).isEqualTo("Bearer error=\"invalid_token\"");
    }

    @Test
    void anAuthorizationThatIsNotABearerTokenIs401() {
        for (String authorization : List.of("Basic dXNlcjpwYXNz", "Bearer", "Bearer a b", "Bearer " + GOOD + "\"")) {
            passed.set(null);
            MockServerWebExchange exchange = run(MockServerHttpRequest.get("/api/jobs").header("Authorization", authorization));
            assertThat(passed.get()).as(authorization).isNull();
            assertThat(exchange.getResponse().getStatusCode()).as(authorization).isEqualTo(HttpStatus.UNAUTHORIZED);
        }
    }

    @Test
    void twoAuthorizationHeadersAre401() {
        MockServerWebExchange exchange = run(MockServerHttpRequest.get("/api/candidates/me")
                .header("Authorization", "Bearer " + GOOD, "Bearer " + BAD));
        assertThat(passed.get()).isNull();
        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void keysThatCannotBeFetchedMakeIdentityUnavailableNotAnInternalError() {
        MockServerWebExchange exchange = run(MockServerHttpRequest.get("/api/candidates/me").header("Authorization", "Bearer " + UNCHECKABLE));
        assertThat(passed.get()).isNull();
        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(exchange.getResponse().getBodyAsString().block()).contains("identity is unavailable");
    }

    @Test
    void preflightsPassWithoutAToken() {
        run(MockServerHttpRequest.options("/api/candidates/me"));
        assertThat(passed.get()).isNotNull();
    }

    private MockServerWebExchange run(MockServerHttpRequest.BaseBuilder<?> request) {
        MockServerWebExchange exchange = MockServerWebExchange.from(request);
        check.filter(exchange, chain).block();
        return exchange;
    }
}
