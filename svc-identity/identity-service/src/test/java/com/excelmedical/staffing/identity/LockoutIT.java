package com.excelmedical.staffing.identity;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
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

    private org.springframework.test.web.servlet.ResultActions attempt(String email, String password) throws Exception {
        return postJson("/identity/token", Map.of("email", email, "password", password));
    }
}
