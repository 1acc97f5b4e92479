package com.excelmedical.staffing.gateway;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Dot segments and encoded slashes are refused with 400 before routing, in every spelling. */
class PathCheckIT extends GatewayIT {

    private static final List<String> TRAVERSALS = List.of(
            "/api/jobs/x/../actuator/health",
            "/api/jobs/x/%2e%2e/actuator/health",
            "/api/jobs/x/%2E%2E/actuator/health",
            "/api/jobs/x/.%2e/actuator/health",
            "/api/jobs/x/..;/actuator/health",
            "/api/jobs/x/..;jsessionid=1/actuator/health",
            "/api/jobs/x/..%2Factuator/health",
            "/api/jobs/x%2f..%2factuator",
            "/api/jobs/x%5c..%5cactuator",
            "/api/jobs/./specialties",
            "/api/jobs/x/..",
            "/api/identity/../jobs/alerts");

    @Test
    void refusesDotSegmentsAndEncodedSlashesWith400BeforeAnyService() {
        int jobs = service("jobs").hits.get();
        int identity = service("identity").hits.get();
        for (String path : TRAVERSALS) {
            var answer = from("127.0.0.1").get().uri(path)
                    .responseSingle((response, body) -> body.asString().defaultIfEmpty("")
                            .map(text -> response.status().code() + " " + response.responseHeaders().get("Content-Type") + " " + text))
                    .block();
            assertThat(answer).as(path).startsWith("400 application/problem+json").contains("malformed-request");
        }
        assertThat(service("jobs").hits.get()).isEqualTo(jobs);
        assertThat(service("identity").hits.get()).isEqualTo(identity);
    }

    @Test
    void dotsInsideANameAreFine() {
        client().get().uri("/api/jobs/v1.2/...x/a..b").header("Authorization", bearer()).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.uri").isEqualTo("/jobs/v1.2/...x/a..b");
    }
}
