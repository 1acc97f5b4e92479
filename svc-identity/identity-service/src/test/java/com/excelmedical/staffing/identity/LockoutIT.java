package com.excelmedical.staffing.identity;

import com.excelmedical.staffing.identity.support.RecordingMailSender;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class LockoutIT extends IdentityIT {

    @Test
    void fiveFailedLoginsLockTheAccountForFifteenMinutesThenItOpensAgain() throws Exception {
        String email = uniqueEmail();
        UUID userId = register(email);
        for (int i = 1; i <= 4; i++) {
            attempt(email, "wrong password " + i).andExpect(status().isUnauthorized());
        }
        attempt(email, "wrong password 5")
                .andExpect(status().isLocked())
                .andExpect(header().string("Retry-After", "900"))
                .andExpect(jsonPath("$.type").value("https://staffing.excelmedical.com/problems/account-locked"));

        clock.advance(Duration.ofMinutes(10));
        attempt(email, PASSWORD)
                .andExpect(status().isLocked())
                .andExpect(header().string("Retry-After", "300"));

        clock.advance(Duration.ofMinutes(5));
        logIn(email, PASSWORD);

        assertThat(jdbc.queryForList("select action from audit_log where user_id = ? order by occurred_at", String.class, userId))
                .contains("LOGIN_FAILED", "ACCOUNT_LOCKED", "LOGIN_REFUSED_LOCKED", "LOGIN_SUCCEEDED");
        assertThat(jdbc.queryForObject("select count(*) from audit_log where user_id = ? and ip_address is null",
                Integer.class, userId)).isZero();
        assertThat(jdbc.queryForList("select coalesce(detail, '') from audit_log where user_id = ?", String.class, userId))
                .noneMatch(detail -> detail.contains("wrong password "));
    }

    @Test
    void aSuccessfulLoginResetsTheCountOfFailures() throws Exception {
        String email = uniqueEmail();
        register(email);
        for (int i = 0; i < 4; i++) {
            attempt(email, "wrong password").andExpect(status().isUnauthorized());
        }
        logIn(email, PASSWORD);
        for (int i = 0; i < 4; i++) {
            attempt(email, "wrong password").andExpect(status().isUnauthorized());
        }
        logIn(email, PASSWORD);
    }

    @Test
    void anUnknownEmailAnswersExactlyLikeAKnownOneAttemptAfterAttempt() throws Exception {
        String known = uniqueEmail();
        register(known);
        String unknown = uniqueEmail();
        for (int attempt = 1; attempt <= 7; attempt++) {
            MockHttpServletResponse forKnown = attemptFrom("192.0.2.10", known, "wrong password").andReturn().getResponse();
            MockHttpServletResponse forUnknown = attemptFrom("192.0.2.10", unknown, "wrong password").andReturn().getResponse();

            assertThat(forUnknown.getStatus()).as("status of attempt %d", attempt).isEqualTo(forKnown.getStatus())
                    .isEqualTo(attempt < 5 ? 401 : 423);
            assertThat(withoutTraceId(forUnknown)).as("body of attempt %d", attempt).isEqualTo(withoutTraceId(forKnown));
            assertThat(headers(forUnknown)).as("headers of attempt %d", attempt).isEqualTo(headers(forKnown));
        }
        attemptFrom("192.0.2.10", known, PASSWORD).andExpect(status().isLocked());
    }

    @Test
    void failuresFromOneAddressDoNotLockTheOwnerOutElsewhere() throws Exception {
        String email = uniqueEmail();
        register(email);
        for (int i = 1; i <= 4; i++) {
            attemptFrom("203.0.113.66", email, "guess " + i).andExpect(status().isUnauthorized());
        }
        attemptFrom("203.0.113.66", email, "guess 5").andExpect(status().isLocked());
        attemptFrom("203.0.113.66", email, PASSWORD).andExpect(status().isLocked());

        attemptFrom("198.51.100.23", email, PASSWORD).andExpect(status().isOk());
    }

    @Test
    void manyAddressesTogetherLockTheEmailAndAPasswordResetLiftsTheLock() throws Exception {
        String email = uniqueEmail();
        UUID userId = register(email);
        for (int address = 1; address <= 4; address++) {
            for (int i = 1; i <= 5; i++) {
                attemptFrom("203.0.113." + address, email, "guess " + i);
            }
        }
        attemptFrom("198.51.100.23", email, PASSWORD)
                .andExpect(status().isLocked())
                .andExpect(header().string("Retry-After", "900"));

        postJson("/identity/password-reset", Map.of("email", email)).andExpect(status().isAccepted());
        String token = RecordingMailSender.tokenOf(mails.last(userId, "Reset your password").orElseThrow());
        postJson("/identity/password-reset/confirm", Map.of("token", token, "password", "a fresh and long passphrase"))
                .andExpect(status().isNoContent());

        attemptFrom("198.51.100.23", email, "a fresh and long passphrase").andExpect(status().isOk());
        attemptFrom("203.0.113.1", email, "a fresh and long passphrase").andExpect(status().isOk());
    }

    @Test
    void theTableKeepsNoEmailOnlyItsHash() throws Exception {
        String unknown = uniqueEmail();
        attemptFrom("192.0.2.44", unknown, "wrong password").andExpect(status().isUnauthorized());
        assertThat(jdbc.queryForList("select subject from login_failures where source = '192.0.2.44'", String.class))
                .isNotEmpty().noneMatch(subject -> subject.contains("@"));
    }

    private ResultActions attempt(String email, String password) throws Exception {
        return postJson("/identity/token", Map.of("email", email, "password", password));
    }

    private ResultActions attemptFrom(String address, String email, String password) throws Exception {
        return mvc.perform(post("/identity/token").contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("email", email, "password", password)))
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                }));
    }

    /** The body as it is, but for the trace id every answer carries, its own. */
    private JsonNode withoutTraceId(MockHttpServletResponse response) throws Exception {
        ObjectNode body = (ObjectNode) json.readTree(response.getContentAsString());
        assertThat(body.remove("traceId")).isNotNull();
        return body;
    }

    private static Map<String, List<String>> headers(MockHttpServletResponse response) {
        Map<String, List<String>> headers = new TreeMap<>();
        response.getHeaderNames().forEach(name -> headers.put(name, response.getHeaders(name)));
        return headers;
    }
}
