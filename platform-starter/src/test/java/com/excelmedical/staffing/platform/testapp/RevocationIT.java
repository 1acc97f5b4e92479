package com.excelmedical.staffing.platform.testapp;

import com.excelmedical.staffing.events.DomainEvent;
import com.excelmedical.staffing.identity.events.IdentityTopics;
import com.excelmedical.staffing.identity.events.SessionRevoked;
import com.excelmedical.staffing.identity.events.UserErased;
import com.excelmedical.staffing.identity.events.UserRolesChanged;
import com.excelmedical.staffing.platform.events.CloudEventCodec;
import com.excelmedical.staffing.platform.test.TestTokens;
import com.excelmedical.staffing.platform.test.TopicWriter;
import com.nimbusds.jwt.JWTClaimsSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A service gets the revocation list from the starter: what svc-identity publishes on its user topic is
 * refused within about a second, as a 401 like any invalid token.
 */
class RevocationIT extends StarterIT {

    private static final Duration AT_ONCE = Duration.ofSeconds(1);
    private static TopicWriter users;
    private static boolean feedReading;

    private final CloudEventCodec codec = new CloudEventCodec(JsonMapper.builder().build(), "/identity");

    @Autowired
    MockMvc mvc;

    @BeforeAll
    static void topic() throws Exception {
        users = TopicWriter.to(IdentityTopics.USERS, 3);
    }

    @AfterAll
    static void close() {
        users.close();
    }

    /** Once: the feed has found the topic (it may have started before the topic existed). */
    @BeforeEach
    void feedReadsTheTopic() throws Exception {
        if (!feedReading) {
            UUID user = UUID.randomUUID();
            UUID session = UUID.randomUUID();
            publish(new SessionRevoked(UUID.randomUUID(), Instant.now(), user, session));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> call(token(user, session)).andExpect(status().isUnauthorized()));
            feedReading = true;
        }
    }

    @Test
    void theTokensOfARevokedSessionAreRefusedAndOtherSessionsKeepWorking() throws Exception {
        UUID user = UUID.randomUUID();
        UUID session = UUID.randomUUID();
        String revoked = token(user, session);
        String other = token(user, UUID.randomUUID());
        call(revoked).andExpect(status().isOk());

        publish(new SessionRevoked(UUID.randomUUID(), Instant.now(), user, session));

        await().atMost(AT_ONCE).untilAsserted(() -> call(revoked)
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer error=\"invalid_token\""))
                .andExpect(jsonPath("$.type").value("https://staffing.excelmedical.com/problems/unauthorized")));
        call(other).andExpect(status().isOk());
    }

    @Test
    void anErasedUsersEarlierTokensAreRefused() throws Exception {
        UUID user = UUID.randomUUID();
        String earlier = token(user, UUID.randomUUID(), claims -> claims.issueTime(Date.from(Instant.now().minusSeconds(5))));
        call(earlier).andExpect(status().isOk());

        publish(new UserErased(UUID.randomUUID(), Instant.now(), user));

        await().atMost(AT_ONCE).untilAsserted(() -> call(earlier).andExpect(status().isUnauthorized()));
        call(token(UUID.randomUUID(), UUID.randomUUID())).andExpect(status().isOk());
    }

    @Test
    void afterARoleChangeOnlyTokensWithTheNewRolesOrIssuedLaterPass() throws Exception {
        UUID user = UUID.randomUUID();
        String before = token(user, UUID.randomUUID(), claims -> claims.issueTime(Date.from(Instant.now().minusSeconds(5))));
        call(before).andExpect(status().isOk());

        publish(new UserRolesChanged(UUID.randomUUID(), Instant.now(), user, List.of("candidate")));

        await().atMost(AT_ONCE).untilAsserted(() -> call(before).andExpect(status().isUnauthorized()));
        call(token(user, UUID.randomUUID(), claims -> claims.issueTime(Date.from(Instant.now().plusSeconds(2)))))
                .andExpect(status().isOk());
    }

    private ResultActions call(String token) throws Exception {
        return mvc.perform(get("/admin/notes").header("Authorization", "Bearer " + token));
    }

    private static String token(UUID user, UUID session) {
        return token(user, session, claims -> { });
    }

    private static String token(UUID user, UUID session, Consumer<JWTClaimsSet.Builder> change) {
        return TestTokens.shared().custom(user, List.of("admin"), claims -> {
            claims.claim("sid", session.toString());
            change.accept(claims);
        });
    }

    private void publish(DomainEvent event) throws Exception {
        users.send(event.subject(), codec.write(event));
    }
}
