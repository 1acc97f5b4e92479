package com.excelmedical.staffing.gateway;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Test profile: jobs and content time out after 1 s; breakers open for 60 s. */
class ResilienceIT extends GatewayIT {

    @Autowired
    CircuitBreakerRegistry breakers;

    @Autowired
    MeterRegistry meters;

    @AfterEach
    void recover() {
        service("content").mode.set(StandIn.Mode.ANSWER);
        breakers.circuitBreaker("content").reset();
        breakers.circuitBreaker("jobs").reset();
    }

    @Test
    void aServiceThatHangsGets503NamingTheAreaWithinTheTimeout() {
        long start = System.nanoTime();
        client().get().uri("/api/jobs/hang").header("Authorization", bearer()).exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.detail").isEqualTo("jobs is unavailable")
                .jsonPath("$.type").isEqualTo("https://staffing.excelmedical.com/problems/service-unavailable");
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(took).isBetween(Duration.ofMillis(900), Duration.ofMillis(2500));
    }

    @Test
    void theBreakerOpensAfterRepeatedFailuresThenFailsFastWhileOtherAreasWork() {
        StandIn content = service("content");
        content.mode.set(StandIn.Mode.DROP);
        CircuitBreaker breaker = breakers.circuitBreaker("content");
        int calls = 0;
        while (breaker.getState() != CircuitBreaker.State.OPEN && calls < 20) {
            client().get().uri("/api/content/pages").exchange()
                    .expectStatus().isEqualTo(503)
                    .expectBody().jsonPath("$.detail").isEqualTo("content is unavailable");
            calls++;
        }
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(calls).isLessThanOrEqualTo(20);
        assertThat(meters.get("resilience4j.circuitbreaker.state").tags("name", "content", "state", "open").gauge().value())
                .isEqualTo(1.0);

        int hits = content.hits.get();
        long start = System.nanoTime();
        client().get().uri("/api/content/pages").exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().valueEquals("Retry-After", "60")
                .expectBody().jsonPath("$.detail").isEqualTo("content is unavailable");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(500));
        assertThat(content.hits.get()).isEqualTo(hits);

        client().get().uri("/api/jobs").exchange().expectStatus().isOk();
        client().get().uri("/api/identity/.well-known/jwks.json").exchange().expectStatus().isOk();
    }

    @Test
    void onlyGetIsRetried() {
        StandIn content = service("content");
        content.mode.set(StandIn.Mode.DROP);

        int before = content.hits.get();
        client().get().uri("/api/content/pages").exchange().expectStatus().isEqualTo(503);
        assertThat(content.hits.get() - before).isEqualTo(3);

        before = content.hits.get();
        client().post().uri("/api/content/pages").header("Authorization", bearer())
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange().expectStatus().isEqualTo(503);
        assertThat(content.hits.get() - before).isEqualTo(1);
    }

    @Test
    void aServiceThatResetsTheConnectionWhileTheBodyIsSentGets503NotAnEmptyAnswer() {
        StandIn content = service("content");
        content.mode.set(StandIn.Mode.RESET);
        String body = "{\"text\":\"" + "a".repeat(9_000) + "\"}";

        for (int i = 0; i < 5; i++) {
            client().post().uri("/api/content/pages").header("Authorization", bearer())
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                    .expectStatus().isEqualTo(503)
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.detail").isEqualTo("content is unavailable");
        }
    }

    @Test
    void aBodyOverTheLimitIsRefusedWith413() {
        int before = service("jobs").hits.get();
        client().post().uri("/api/jobs").header("Authorization", bearer())
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"x\":\"" + "a".repeat(20_000) + "\"}").exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(service("jobs").hits.get()).isEqualTo(before);
    }
}
