package com.excelmedical.staffing.gateway.problems;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import java.net.ConnectException;

import static org.assertj.core.api.Assertions.assertThat;

class GatewayErrorHandlerTest {

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
}
