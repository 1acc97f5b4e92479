package com.excelmedical.staffing.gateway.problems;

import com.excelmedical.staffing.gateway.resilience.BreakerProperties;
import com.excelmedical.staffing.gateway.web.ProblemResponses;
import com.excelmedical.staffing.platform.problems.Problems;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.tracing.Tracer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.cloud.gateway.support.ServiceUnavailableException;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;

import java.net.ConnectException;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class GatewayErrorHandlerTest {

    private final GatewayErrorHandler handler = new GatewayErrorHandler(
            new ProblemResponses(new Problems(new StaticListableBeanFactory().getBeanProvider(Tracer.class)), JsonMapper.builder().build()),
            new BreakerProperties(20, 10, 50, Duration.ofSeconds(10), 3));

    @Test
    void treatsConnectionFailuresTimeoutsAndAnOpenBreakerAsTheServiceBeingUnavailable() {
        assertThat(GatewayErrorHandler.isUpstreamFailure(new ConnectException("refused"))).isTrue();
        assertThat(GatewayErrorHandler.isUpstreamFailure(new ResponseStatusException(HttpStatus.GATEWAY_TIMEOUT))).isTrue();
        assertThat(GatewayErrorHandler.isUpstreamFailure(
                CallNotPermittedException.createCallNotPermittedException(CircuitBreaker.ofDefaults("jobs")))).isTrue();
        assertThat(GatewayErrorHandler.isUpstreamFailure(new RuntimeException(new ConnectException("refused")))).isTrue();
    }

    @Test
    void leavesOtherErrorsAlone() {
        assertThat(GatewayErrorHandler.isUpstreamFailure(new ResponseStatusException(HttpStatus.NOT_FOUND))).isFalse();
        assertThat(GatewayErrorHandler.isUpstreamFailure(new IllegalStateException("bug"))).isFalse();
    }

    @Test
    void anOpenBreakerAnswers503NamingTheAreaWithRetryAfter() {
        MockServerWebExchange exchange = routedTo("jobs");
        handler.handle(exchange, new ServiceUnavailableException()).block();
        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(exchange.getResponse().getHeaders().getFirst("Retry-After")).isEqualTo("10");
        assertThat(exchange.getResponse().getBodyAsString().block()).contains("\"detail\":\"jobs is unavailable\"");
    }

    @Test
    void anUnexpectedErrorIsA500WithoutDetails() {
        MockServerWebExchange exchange = routedTo("jobs");
        handler.handle(exchange, new IllegalStateException("secret internals")).block();
        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(exchange.getResponse().getBodyAsString().block()).doesNotContain("secret internals");
    }

    private static MockServerWebExchange routedTo(String area) {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/" + area));
        exchange.getAttributes().put(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR,
                Route.async().id(area).uri("http://localhost:1").predicate(e -> true).build());
        return exchange;
    }
}
