package com.excelmedical.staffing.gateway;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad tokens stop at the gateway with 401 problem details; the service never sees them. */
class TokenIT extends GatewayIT {

    @Test
    void acceptsAValidToken() {
        client().get().uri("/api/referrals/me").header("Authorization", bearer()).exchange().expectStatus().isOk();
    }

    @Test
    void refusesAProtectedRouteWithoutAToken() {
        int before = service("referrals").hits.get();
        client().get().uri("/api/referrals/me").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals("WWW-Authenticate", "Bearer")
                .expectBody().jsonPath("$.status").isEqualTo(401).jsonPath("$.detail").isEqualTo("A valid access token is required");
        assertThat(service("referrals").hits.get()).isEqualTo(before);
    }

    @Test
    void refusesATokenSignedByAnotherKey() {
        refused(TOKENS.signedByUnknownKey(UUID.randomUUID(), "candidate"));
    }

    @Test
    void refusesAnExpiredToken() {
        refused(TOKENS.expired(UUID.randomUUID(), "candidate"));
    }

    @Test
    void refusesATokenForAnotherAudience() {
        refused(TOKENS.forAudience("another-api", UUID.randomUUID(), "candidate"));
    }

    @Test
    void refusesAnUnsignedToken() {
        refused(TOKENS.unsigned(UUID.randomUUID(), "admin"));
    }

    @Test
    void refusesABadTokenEvenOnAPublicRoute() {
        int before = service("jobs").hits.get();
        client().get().uri("/api/jobs").header("Authorization", "Bearer " + TOKENS.signedByUnknownKey(UUID.randomUUID()))
                .exchange().expectStatus().isUnauthorized();
        assertThat(service("jobs").hits.get()).isEqualTo(before);
    }

    private void refused(String token) {
        int before = service("candidates").hits.get();
        client().get().uri("/api/candidates/me").header("Authorization", "Bearer " + token).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals("WWW-Authenticate", "Bearer error=\"invalid_token\"")
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://staffing.excelmedical.com/problems/unauthorized")
                .jsonPath("$.detail").isEqualTo("The access token is invalid or has expired");
        assertThat(service("candidates").hits.get()).isEqualTo(before);
    }
}
