package com.excelmedical.staffing.identity;

import com.excelmedical.staffing.identity.password.PasswordHashing;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class TokenFlowIT extends IdentityIT {

    @Test
    void registerLogInRefreshThenAReusedRefreshTokenRevokesTheWholeSession() throws Exception {
        String email = uniqueEmail();
        register(email);
        JsonNode first = logIn(email, PASSWORD);
        JsonNode second = refresh(first.get("refresh_token").asString());
        assertThat(second.get("refresh_token").asString()).isNotEqualTo(first.get("refresh_token").asString());

        // the first refresh token again: a replay
        postJson("/identity/token/refresh", Map.of("refresh_token", first.get("refresh_token").asString()))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value("https://staffing.excelmedical.com/problems/invalid-refresh-token"));
        // the session is revoked: the newest token, never used, stops working too
        postJson("/identity/token/refresh", Map.of("refresh_token", second.get("refresh_token").asString()))
                .andExpect(status().isUnauthorized());
        assertThat(jdbc.queryForObject("select revoked_reason from sessions s join users u on u.id = s.user_id "
                + "where u.email = ?", String.class, email)).isEqualTo("refresh-token-reuse");
        assertThat(jdbc.queryForObject("select count(*) from audit_log a join users u on u.id = a.user_id "
                + "where u.email = ? and a.action = 'REFRESH_TOKEN_REUSED'", Integer.class, email)).isEqualTo(1);
    }

    @Test
    void issuesAnRs256AccessTokenWithKidIssuerAudienceSubjectRolesAndFifteenMinutes() throws Exception {
        String email = uniqueEmail();
        UUID userId = register(email);
        JsonNode tokens = logIn(email, PASSWORD);
        assertThat(tokens.get("token_type").asString()).isEqualTo("Bearer");
        assertThat(tokens.get("expires_in").asLong()).isEqualTo(900);

        SignedJWT jwt = SignedJWT.parse(tokens.get("access_token").asString());
        assertThat(jwt.getHeader().getAlgorithm().getName()).isEqualTo("RS256");
        assertThat(jwt.getHeader().getKeyID()).isNotBlank();
        assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo("http://localhost:8081/identity");
        assertThat(jwt.getJWTClaimsSet().getAudience()).containsExactly("staffing-api");
        assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo(userId.toString());
        assertThat(jwt.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("candidate");
        long lifetime = jwt.getJWTClaimsSet().getExpirationTime().getTime() - jwt.getJWTClaimsSet().getIssueTime().getTime();
        assertThat(lifetime).isEqualTo(15 * 60 * 1000);
    }

    @Test
    void meAnswersTheUsersOwnAccountAndLogoutEndsTheSession() throws Exception {
        String email = uniqueEmail();
        UUID userId = register(email);
        JsonNode tokens = logIn(email, PASSWORD);
        String access = tokens.get("access_token").asString();

        mvc.perform(get("/identity/me").header("Authorization", "Bearer " + access))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.userId").value(userId.toString()))
                .andExpect(jsonPath("$.email").value(email))
                .andExpect(jsonPath("$.firstName").value("Ada"))
                .andExpect(jsonPath("$.roles[0]").value("candidate"))
                .andExpect(jsonPath("$.emailVerified").value(false))
                .andExpect(jsonPath("$.permissions").isArray());

        postJson("/identity/logout", Map.of(), access).andExpect(status().isNoContent());
        postJson("/identity/token/refresh", Map.of("refresh_token", tokens.get("refresh_token").asString()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void wrongPasswordAndUnknownEmailGetTheSameAnswer() throws Exception {
        String email = uniqueEmail();
        register(email);
        String wrongPassword = postJson("/identity/token", Map.of("email", email, "password", "not the password"))
                .andExpect(status().isUnauthorized()).andReturn().getResponse().getContentAsString();
        String unknownEmail = postJson("/identity/token", Map.of("email", uniqueEmail(), "password", "not the password"))
                .andExpect(status().isUnauthorized()).andReturn().getResponse().getContentAsString();
        assertThat(withoutTraceId(wrongPassword)).isEqualTo(withoutTraceId(unknownEmail));
    }

    @Test
    void rehashesAPasswordStoredWithOlderParametersAtTheNextLogin() throws Exception {
        String email = uniqueEmail();
        UUID userId = register(email);
        String legacy = "{" + PasswordHashing.LEGACY_PBKDF2 + "}"
                + Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode(PASSWORD);
        jdbc.update("update users set password_hash = ? where id = ?", legacy, userId);

        logIn(email, PASSWORD);

        String stored = jdbc.queryForObject("select password_hash from users where id = ?", String.class, userId);
        assertThat(stored).startsWith("{bcrypt}$2b$");
        logIn(email, PASSWORD);
    }

    @Test
    void aSessionEndsAtItsAbsoluteLifetimeHoweverOftenItIsRefreshed() throws Exception {
        String email = uniqueEmail();
        register(email);
        String refreshToken = logIn(email, PASSWORD).get("refresh_token").asString();
        clock.advance(Duration.ofDays(29));
        refreshToken = refresh(refreshToken).get("refresh_token").asString();
        clock.advance(Duration.ofDays(1));
        postJson("/identity/token/refresh", Map.of("refresh_token", refreshToken)).andExpect(status().isUnauthorized());
    }

    @Test
    void refusesAProtectedRouteWithoutAToken() throws Exception {
        mvc.perform(get("/identity/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer"));
    }

    private String withoutTraceId(String problem) {
        JsonNode node = json.readTree(problem);
        ((tools.jackson.databind.node.ObjectNode) node).remove("traceId");
        return node.toString();
    }
}
