package com.excelmedical.staffing.gateway;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The service learns the client's real address from the gateway ({@code X-Forwarded-For}, the TCP
 * peer), never from what the client wrote; the gateway's own per-IP limits use the same address.
 */
class ClientAddressIT extends GatewayIT {

    private static final String SPOOFED = "203.0.113.5";

    @Test
    void theServiceReceivesThePeerAddressNotTheSpoofedOne() {
        String ip = someClientIp();
        clientFrom(ip).get().uri("/api/jobs/specialties")
                .header("X-Forwarded-For", SPOOFED)
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "evil.example")
                .header("Forwarded", "for=" + SPOOFED + ";proto=https")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.forwardedFor.length()").isEqualTo(1)
                .jsonPath("$.forwardedFor[0]").isEqualTo(ip)
                .jsonPath("$.forwardedProto.length()").isEqualTo(1)
                .jsonPath("$.forwardedProto[0]").isEqualTo("http")
                .jsonPath("$.forwarded").isEmpty()
                .jsonPath("$.forwardedHost").isEmpty();
    }

    @Test
    void perIpLimitsCountThePeerWhateverAddressTheClientClaims() {
        String ip = someClientIp();
        for (int i = 0; i < 3; i++) {
            signIn(clientFrom(ip), "198.51.100." + i).expectStatus().isOk();
        }
        signIn(clientFrom(ip), "198.51.100.99").expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        signIn(clientFrom(someClientIp()), "198.51.100.1").expectStatus().isOk();
    }

    private static WebTestClient.ResponseSpec signIn(WebTestClient client, String claimed) {
        return client.post().uri("/api/identity/token").header("X-Forwarded-For", claimed)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"email\":\"a@b.c\",\"password\":\"x\"}").exchange();
    }
}
