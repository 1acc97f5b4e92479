package com.excelmedical.staffing.identity;

import com.excelmedical.staffing.platform.test.TopicReader;
import com.excelmedical.staffing.identity.events.IdentityTopics;
import com.excelmedical.staffing.identity.events.SessionRevoked;
import com.excelmedical.staffing.identity.events.UserRolesChanged;
import com.excelmedical.staffing.identity.support.RecordingMailSender;
import com.excelmedical.staffing.platform.test.EventSchemas;
import com.nimbusds.jwt.SignedJWT;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Revocations take effect at once: after a logout, a refresh-token reuse, a password reset, a
 * deactivation or a change of roles, the earlier access token is refused on the service's port within
 * about a second (published through the outbox, read back from Kafka by the starter's revocation list).
 */
class RevocationIT extends IdentityIT {

    private static final Duration AT_ONCE = Duration.ofSeconds(1);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static boolean feedReading;

    @LocalServerPort
    int port;

    /** Once: the revocation feed has found the topic, which is created while the service starts. */
    @BeforeEach
    void feedReadsTheTopic() throws Exception {
        if (!feedReading) {
            String email = uniqueEmail();
            register(email);
            String access = logIn(email, PASSWORD).get("access_token").asString();
            postJson("/identity/logout", Map.of(), access).andExpect(status().isNoContent());
            await().atMost(Duration.ofSeconds(30)).until(() -> me(access) == 401);
            feedReading = true;
        }
    }

    @Test
    void afterLogoutTheAccessTokenIsRefusedAndTheEventKeepsItsContract() throws Exception {
        String email = uniqueEmail();
        UUID userId = register(email);
        String access = logIn(email, PASSWORD).get("access_token").asString();
        String otherSession = logIn(email, PASSWORD).get("access_token").asString();
        assertThat(me(access)).isEqualTo(200);

        postJson("/identity/logout", Map.of(), access).andExpect(status().isNoContent());

        await().atMost(AT_ONCE).until(() -> me(access) == 401);
        assertThat(me(otherSession)).isEqualTo(200);
        ConsumerRecord<String, String> revoked = TopicReader.awaitRecords(IdentityTopics.USERS,
                record -> userId.toString().equals(record.key()) && record.value().contains(SessionRevoked.TYPE), 1).getFirst();
        EventSchemas.assertValid(revoked.value());
        assertThat(json.readTree(revoked.value()).at("/data/sessionId").asString())
                .isEqualTo(SignedJWT.parse(access).getJWTClaimsSet().getStringClaim("sid"));
    }

    @Test
    void aReusedRefreshTokenRevokesTheSessionsAccessTokens() throws Exception {
        String email = uniqueEmail();
        register(email);
        JsonNode first = logIn(email, PASSWORD);
        String access = refresh(first.get("refresh_token").asString()).get("access_token").asString();
        assertThat(me(access)).isEqualTo(200);

        postJson("/identity/token/refresh", Map.of("refresh_token", first.get("refresh_token").asString()))
                .andExpect(status().isUnauthorized());

        await().atMost(AT_ONCE).until(() -> me(access) == 401);
    }

    @Test
    void aPasswordResetRevokesEverySession() throws Exception {
        String email = uniqueEmail();
        UUID userId = register(email);
        String access = logIn(email, PASSWORD).get("access_token").asString();
        postJson("/identity/password-reset", Map.of("email", email)).andExpect(status().isAccepted());
        String token = RecordingMailSender.tokenOf(mails.last(userId, "Reset your password").orElseThrow());

        postJson("/identity/password-reset/confirm", Map.of("token", token, "password", "a brand new passphrase"))
                .andExpect(status().isNoContent());

        await().atMost(AT_ONCE).until(() -> me(access) == 401);
    }

    @Test
    void aDeactivatedUsersTokenIsRefused() throws Exception {
        String email = uniqueEmail();
        UUID userId = register(email);
        String access = logIn(email, PASSWORD).get("access_token").asString();
        assertThat(me(access)).isEqualTo(200);

        change(userId, "{\"status\":\"inactive\"}");

        await().atMost(AT_ONCE).until(() -> me(access) == 401);
    }

    @Test
    void afterARoleIsRemovedTheEarlierTokenIsRefusedAndANewOneCarriesTheRemainingRoles() throws Exception {
        String email = uniqueEmail();
        postJson("/identity/users", Map.of("email", email, "firstName", "Rita", "lastName", "Recruiter",
                "roles", List.of("recruiter", "editor"), "password", PASSWORD), adminToken()).andExpect(status().isCreated());
        String access = logIn(email, PASSWORD).get("access_token").asString();
        UUID userId = UUID.fromString(SignedJWT.parse(access).getJWTClaimsSet().getSubject());
        assertThat(me(access)).isEqualTo(200);

        change(userId, "{\"roles\":[\"recruiter\"]}");

        await().atMost(AT_ONCE).until(() -> me(access) == 401);
        String renewed = logIn(email, PASSWORD).get("access_token").asString();
        assertThat(SignedJWT.parse(renewed).getJWTClaimsSet().getStringListClaim("roles")).containsExactly("recruiter");
        assertThat(me(renewed)).isEqualTo(200);
        ConsumerRecord<String, String> changed = TopicReader.awaitRecords(IdentityTopics.USERS,
                record -> userId.toString().equals(record.key()) && record.value().contains(UserRolesChanged.TYPE), 1).getFirst();
        EventSchemas.assertValid(changed.value());
    }

    private void change(UUID userId, String body) throws Exception {
        mvc.perform(patch("/identity/users/" + userId).header("Authorization", "Bearer " + adminToken())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isOk());
    }

    /** {@code GET /identity/me} on the service's real port: the status. */
    private int me(String accessToken) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/identity/me"))
                .header("Authorization", "Bearer " + accessToken).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
