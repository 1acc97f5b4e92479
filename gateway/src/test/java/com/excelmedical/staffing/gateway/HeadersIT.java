package com.excelmedical.staffing.gateway;

import org.junit.jupiter.api.Test;

/** CORS for the configured frontend origins only, and security headers on every answer. */
class HeadersIT extends GatewayIT {

    @Test
    void allowsTheConfiguredFrontendOrigin() {
        client().options().uri("/api/candidates/me")
                .header("Origin", "http://localhost:3000")
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "Authorization")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("Access-Control-Allow-Origin", "http://localhost:3000");
    }

    @Test
    void refusesOtherOrigins() {
        client().options().uri("/api/candidates/me")
                .header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "GET")
                .exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void addsSecurityHeaders() {
        client().get().uri("/api/jobs").exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("X-Frame-Options", "DENY")
                .expectHeader().valueEquals("Referrer-Policy", "no-referrer")
                .expectHeader().valueEquals("Content-Security-Policy", "frame-ancestors 'none'");
    }
}
