package com.excelmedical.staffing.gateway;

import com.excelmedical.staffing.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
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
        refused(TestTokens.signedByImpostor(UUID.randomUUID(), "candidate"));
    }

    @Test
    void refusesAnExpiredToken() {
        Instant past = Instant.now().minus(Duration.ofMinutes(20));
        refused(TestTokens.custom(UUID.randomUUID(), List.of("candidate"), claims -> claims
                .issueTime(Date.from(past)).notBeforeTime(Date.from(past))
                .expirationTime(Date.from(past.plus(Duration.ofMinutes(15))))));
    }

    @Test
    void refusesATokenForAnotherAudience() {
        refused(TestTokens.custom(UUID.randomUUID(), List.of("candidate"), claims -> claims.audience("another-api")));
    }

    @Test
    void refusesAnUnsignedToken() {
        String signed = TestTokens.forUser(UUID.randomUUID(), "admin");
        String header = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        refused(header + "." + signed.split("\\.")[1] + ".");
    }

    @Test
    void refusesABadTokenEvenOnAPublicRoute() {
        int before = service("jobs").hits.get();
        client().get().uri("/api/jobs").header("Authorization", "Bearer " + TestTokens.signedByImpostor(UUID.randomUUID()))
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
