package com.excelmedical.staffing.identity;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** What operators and API clients reach on the service's own port without a token. */
class OperationsIT extends IdentityIT {

    @LocalServerPort
    int port;

    private final RestClient http = RestClient.create();

    @Test
    void servesOpenApiDocsOfTheIdentityRoutes() {
        String docs = http.get().uri(url("/v3/api-docs")).retrieve().body(String.class);
        assertThat(docs).contains("/identity/register", "/identity/token", "/identity/token/refresh",
                "/identity/me/erasure", "/identity/users/{userId}", "/identity/.well-known/jwks.json");
    }

    @Test
    void reportsHealthyWithItsDatabaseAndBroker() {
        assertThat(http.get().uri(url("/actuator/health")).retrieve().body(String.class)).contains("\"status\":\"UP\"");
        assertThat(http.get().uri(url("/actuator/health/readiness")).retrieve().body(String.class)).contains("\"status\":\"UP\"");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
