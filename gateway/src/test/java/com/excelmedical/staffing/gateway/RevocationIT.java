package com.excelmedical.staffing.gateway;

import com.excelmedical.staffing.events.DomainEvent;
import com.excelmedical.staffing.identity.events.IdentityTopics;
import com.excelmedical.staffing.identity.events.SessionRevoked;
import com.excelmedical.staffing.identity.events.UserDeactivated;
import com.excelmedical.staffing.identity.events.UserRolesChanged;
import com.excelmedical.staffing.platform.events.CloudEventCodec;
import com.excelmedical.staffing.platform.test.TestTokens;
import com.excelmedical.staffing.platform.test.TopicWriter;
import com.nimbusds.jwt.JWTClaimsSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The gateway refuses revoked tokens within about a second of svc-identity publishing the revocation
 * (published here as svc-identity does: CloudEvents on its user topic), before the service sees them.
 */
class RevocationIT extends GatewayIT {

    private static final Duration AT_ONCE = Duration.ofSeconds(1);
    private static TopicWriter users;
    private static boolean feedReading;

    private final CloudEventCodec codec = new CloudEventCodec(JsonMapper.builder().build(), "/identity");

    @BeforeAll
    static void topic() throws Exception {
        users = TopicWriter.to(IdentityTopics.USERS, 3);
    }

    @AfterAll
    static void close() {
        users.close();
    }

    /** Once: the feed has found the topic, created after the gateway started. */
    @BeforeEach
    void feedReadsTheTopic() throws Exception {
        if (!feedReading) {
            UUID user = UUID.randomUUID();
            UUID session = UUID.randomUUID();
            publish(new SessionRevoked(UUID.randomUUID(), Instant.now(), user, session));
            await().atMost(Duration.ofSeconds(30)).until(() -> status(token(user, session, claims -> { })) == 401);
            feedReading = true;
        }
    }

    @Test
    void afterLogoutTheSessionsTokenIsRefusedWithProblemDetailsAndNeverReachesTheService() throws Exception {
        UUID user = UUID.randomUUID();
        UUID session = UUID.randomUUID();
        String revoked = token(user, session, claims -> { });
        String otherSession = token(user, UUID.randomUUID(), claims -> { });
        assertThat(status(revoked)).isEqualTo(200);

        publish(new SessionRevoked(UUID.randomUUID(), Instant.now(), user, session));

        await().atMost(AT_ONCE).until(() -> status(revoked) == 401);
        int hits = service("referrals").hits.get();
        client().get().uri("/api/referrals/me").header("Authorization", "Bearer " + revoked).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals("WWW-Authenticate", "Bearer error=\"invalid_token\"")
                .expectBody().jsonPath("$.type").isEqualTo("https://staffing.excelmedical.com/problems/unauthorized");
        assertThat(service("referrals").hits.get()).isEqualTo(hits);
        // the same user's other session is untouched (polled: the user's rate-limit bucket may be empty for a moment)
        await().atMost(Duration.ofSeconds(15)).until(() -> status(otherSession) == 200);
    }

    @Test
    void aDeactivatedUsersEarlierTokenIsRefused() throws Exception {
        UUID user = UUID.randomUUID();
        String earlier = token(user, UUID.randomUUID(), claims -> claims.issueTime(Date.from(Instant.now().minusSeconds(5))));
        assertThat(status(earlier)).isEqualTo(200);

        publish(new UserDeactivated(UUID.randomUUID(), Instant.now(), user));

        await().atMost(AT_ONCE).until(() -> status(earlier) == 401);
    }

    @Test
    void afterARoleIsRemovedTheEarlierTokenIsRefusedAndALaterOnePasses() throws Exception {
        UUID user = UUID.randomUUID();
        String earlier = token(user, UUID.randomUUID(), claims -> claims.issueTime(Date.from(Instant.now().minusSeconds(5))));
        assertThat(status(earlier)).isEqualTo(200);

        publish(new UserRolesChanged(UUID.randomUUID(), Instant.now(), user, List.of("candidate")));

        await().atMost(AT_ONCE).until(() -> status(earlier) == 401);
        String later = token(user, UUID.randomUUID(), claims -> claims.issueTime(Date.from(Instant.now().plusSeconds(2))));
        await().atMost(Duration.ofSeconds(15)).until(() -> status(later) == 200);
    }

    private int status(String token) {
        return client().get().uri("/api/referrals/me").header("Authorization", "Bearer " + token).exchange()
                .returnResult(String.class).getStatus().value();
    }

    private static String token(UUID user, UUID session, Consumer<JWTClaimsSet.Builder> change) {
        return TestTokens.shared().custom(user, List.of("candidate", "recruiter"), claims -> {
            claims.claim("sid", session.toString());
            change.accept(claims);
        });
    }

    private void publish(DomainEvent event) throws Exception {
        users.send(event.subject(), codec.write(event));
    }
}
