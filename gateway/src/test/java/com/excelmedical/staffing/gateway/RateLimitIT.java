package com.excelmedical.staffing.gateway;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Test profile: credentials 3 per 3 s per IP (one back every second), users 5 per 10 s. */
class RateLimitIT extends GatewayIT {

    @Autowired
    MeterRegistry meters;

    @Test
    void signInIsLimitedPerClientIpAnd429RecoversAfterRefill() {
        String ip = someClientIp();
        for (int i = 0; i < 3; i++) {
            signIn(ip).expectStatus().isOk();
        }
        signIn(ip).expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
                .expectHeader().exists("Retry-After")
                .expectHeader().valueEquals("X-RateLimit-Remaining", "0")
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(429);

        signIn(someClientIp()).expectStatus().isOk();
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100))
                .until(() -> signIn(ip).returnResult(String.class).getStatus().value() == 200);
    }

    @Test
    void authenticatedCallsAreLimitedPerUser() {
        String alice = bearer();
        for (int i = 0; i < 5; i++) {
            asUser(alice).expectStatus().isOk();
        }
        asUser(alice).expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS).expectHeader().exists("Retry-After");
        asUser(bearer()).expectStatus().isOk();
        assertThat(meters.counter("gateway.ratelimit.rejected", "tier", "user", "route", "jobs").count()).isPositive();
    }

    private WebTestClient.ResponseSpec signIn(String ip) {
        return clientFrom(ip).post().uri("/api/identity/token")
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"email\":\"a@b.c\",\"password\":\"x\"}").exchange();
    }

    private WebTestClient.ResponseSpec asUser(String bearer) {
        return client().get().uri("/api/jobs/alerts").header("Authorization", bearer).exchange();
    }
}
