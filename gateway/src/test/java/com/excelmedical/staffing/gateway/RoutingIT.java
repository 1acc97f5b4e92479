package com.excelmedical.staffing.gateway;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

class RoutingIT extends GatewayIT {

    @Test
    void routesEveryAreaToItsServiceUnderItsOwnPrefix() {
        for (String area : AREAS) {
            client().get().uri("/api/" + area + "/things/42?page=1").header("Authorization", bearer()).exchange()
                    .expectStatus().isOk()
                    .expectBody()
                    .jsonPath("$.area").isEqualTo(area)
                    .jsonPath("$.uri").isEqualTo("/" + area + "/things/42?page=1");
        }
    }

    @Test
    void relaysTheTokenToTheService() {
        String bearer = bearer();
        client().get().uri("/api/candidates/me").header("Authorization", bearer).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.authorization").isEqualTo(bearer);
    }

    @Test
    void publicRoutesPassWithoutAToken() {
        client().get().uri("/api/jobs?q=icu").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.uri").isEqualTo("/jobs?q=icu").jsonPath("$.authorization").doesNotExist();
        client().get().uri("/api/jobs/3f1c2f6e-8f5b-4d5e-9a8e-0c1d2e3f4a5b").exchange().expectStatus().isOk();
        client().get().uri("/api/identity/.well-known/jwks.json").exchange().expectStatus().isOk();
        client().get().uri("/api/content/landing/icu/tx/austin").exchange().expectStatus().isOk();
    }

    @Test
    void keepsTheClientsRequestIdAndCarriesTheTraceToTheServiceAndBack() {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        client().get().uri("/api/jobs/specialties")
                .header("X-Request-Id", "req-7f3a")
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-Request-Id", "req-7f3a")
                .expectHeader().value("traceparent", startsWith("00-" + traceId + "-"))
                .expectBody()
                .jsonPath("$.requestId").isEqualTo("req-7f3a")
                .jsonPath("$.traceparent").value(value -> assertThat(value.toString())
                        .startsWith("00-" + traceId + "-").doesNotContain("00f067aa0ba902b7"));
    }

    @Test
    void generatesARequestIdWhenNoneIsSent() {
        var result = client().get().uri("/api/jobs/states").exchange()
                .expectStatus().isOk()
                .expectHeader().value("X-Request-Id", matchesPattern("[0-9a-f-]{36}"))
                .expectBody(String.class).returnResult();
        String id = result.getResponseHeaders().getFirst("X-Request-Id");
        assertThat(result.getResponseBody()).contains("\"requestId\":\"" + id + "\"");
    }

    @Test
    void servesEachServicesOpenApiDocumentWithTheGatewayAsServer() {
        for (String area : AREAS) {
            client().get().uri("/api/" + area + "/v3/api-docs").exchange()
                    .expectStatus().isOk()
                    .expectBody()
                    .jsonPath("$.info.title").isEqualTo(area)
                    .jsonPath("$.servers[0].url").isEqualTo("/api");
        }
    }

    @Test
    void oneSwaggerUiListsEveryService() {
        client().get().uri("/v3/api-docs/swagger-config").accept(MediaType.APPLICATION_JSON).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.urls[*].name").value(names -> assertThat(names.toString())
                        .contains(AREAS.toArray(String[]::new)))
                .jsonPath("$.urls[?(@.name == 'jobs')].url").isEqualTo("/api/jobs/v3/api-docs");
        client().get().uri("/swagger-ui/index.html").exchange().expectStatus().isOk();
    }
}
