package com.excelmedical.staffing.identity;

import com.excelmedical.staffing.identity.mail.Mail;
import com.excelmedical.staffing.identity.support.RecordingMailSender;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class PasswordResetIT extends IdentityIT {

    private static final String NEW_PASSWORD = "a brand new passphrase";

    @Test
    void aResetLinkSetsANewPasswordOnceAndEndsEverySession() throws Exception {
        String email = uniqueEmail();
        UUID userId = register(email);
        JsonNode tokens = logIn(email, PASSWORD);

        postJson("/identity/password-reset", Map.of("email", email)).andExpect(status().isAccepted());
        String token = RecordingMailSender.tokenOf(mails.last(userId, "Reset your password").orElseThrow());
        assertThat(jdbc.queryForObject("select count(*) from verification_tokens where token_hash = ?", Integer.class, token)).isZero();

        postJson("/identity/password-reset/confirm", Map.of("token", token, "password", "tooshort"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://staffing.excelmedical.com/problems/weak-password"));
        postJson("/identity/password-reset/confirm", Map.of("token", token, "password", NEW_PASSWORD))
                .andExpect(status().isNoContent());
        postJson("/identity/password-reset/confirm", Map.of("token", token, "password", NEW_PASSWORD))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://staffing.excelmedical.com/problems/invalid-verification-token"));

        postJson("/identity/token/refresh", Map.of("refresh_token", tokens.get("refresh_token").asString()))
                .andExpect(status().isUnauthorized());
        postJson("/identity/token", Map.of("email", email, "password", PASSWORD)).andExpect(status().isUnauthorized());
        logIn(email, NEW_PASSWORD);
    }

    @Test
    void answersAResetRequestForAnUnknownEmailLikeAKnownOne() throws Exception {
        postJson("/identity/password-reset", Map.of("email", uniqueEmail())).andExpect(status().isAccepted());
    }

    @Test
    void theLinkMailedAtRegistrationVerifiesTheEmail() throws Exception {
        String email = uniqueEmail();
        UUID userId = register(email);
        Mail mail = mails.last(userId, "Confirm your email address").orElseThrow();
        assertThat(mail.to()).isEqualTo(email);

        postJson("/identity/email-verification/confirm", Map.of("token", RecordingMailSender.tokenOf(mail)))
                .andExpect(status().isNoContent());

        String access = logIn(email, PASSWORD).get("access_token").asString();
        mvc.perform(get("/identity/me").header("Authorization", "Bearer " + access))
                .andExpect(jsonPath("$.emailVerified").value(true));
    }
}
