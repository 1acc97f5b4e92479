package com.excelmedical.staffing.identity.account;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CanLogInTest {

    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

    private final User user = User.create(new NewUser("a@example.com", "A", "B", null, null, true, false),
            "{bcrypt}hash", Set.of("candidate"), T0);

    @Test
    void onlyAnActiveAccountWithAPasswordCanLogIn() {
        assertThat(user.canLogIn()).isTrue();
        user.changeStatus(UserStatus.INACTIVE, T0);
        assertThat(user.canLogIn()).isFalse();
    }

    @Test
    void anErasedAccountCannotLogIn() {
        user.erase(T0);
        assertThat(user.canLogIn()).isFalse();
    }
}
