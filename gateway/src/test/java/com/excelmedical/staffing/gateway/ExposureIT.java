package com.excelmedical.staffing.gateway;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

/** Actuators stay off the public port; the gateway's own is on the management port. */
class ExposureIT extends GatewayIT {

    @Test
    void servicesActuatorsAreNeverRouted() {
        int before = service("jobs").hits.get();
        for (String path : new String[] {"/api/jobs/actuator/health", "/api/jobs/actuator", "/api/jobs/%61ctuator/prometheus"}) {
            client().get().uri(URI.create("http://127.0.0.1:" + port + path)).header("Authorization", bearer()).exchange()
                    .expectStatus().isNotFound();
        }
        client().get().uri(URI.create("http://127.0.0.1:" + port + "/api/jobs/actuator;x=1/env")).header("Authorization", bearer()).exchange()
                .expectStatus().is4xxClientError();
        client().get().uri("/api/identity/actuator/health").exchange().expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(service("jobs").hits.get()).isEqualTo(before);
    }

    @Test
    void theGatewaysActuatorIsNotOnThePublicPort() {
        client().get().uri("/actuator/prometheus").exchange().expectStatus().isNotFound();
        client().get().uri("/actuator/health").exchange().expectStatus().isNotFound();
        client().get().uri("/actuator/gateway/routes").exchange().expectStatus().isNotFound();
    }

    @Test
    void theManagementPortServesHealthAndPerRouteMetrics() {
        client().get().uri("/api/jobs/professions").exchange().expectStatus().isOk();
        management().get().uri("/actuator/health").exchange().expectStatus().isOk();
        management().get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(text -> assertThat(text)
                        .contains("spring_cloud_gateway_requests_seconds_bucket")
                        .contains("routeId=\"jobs\"")
                        .contains("resilience4j_circuitbreaker_state"));
    }
}
