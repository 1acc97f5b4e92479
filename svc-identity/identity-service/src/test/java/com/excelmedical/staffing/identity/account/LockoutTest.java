package com.excelmedical.staffing.identity.account;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class LockoutTest {

    private static final LockoutPolicy POLICY = new LockoutPolicy(5, Duration.ofMinutes(15));
    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

    private final User user = User.create(new NewUser("a@example.com", "A", "B", null, null, true, false),
            "{bcrypt}hash", Set.of("candidate"), T0);

    @Test
    void theFifthConsecutiveFailureLocksForFifteenMinutes() {
        for (int i = 0; i < 4; i++) {
            assertThat(user.recordFailedLogin(T0, POLICY)).isFalse();
        }
        assertThat(user.isLockedAt(T0)).isFalse();
        assertThat(user.recordFailedLogin(T0, POLICY)).isTrue();
        assertThat(user.isLockedAt(T0.plus(Duration.ofMinutes(14)))).isTrue();
        assertThat(user.lockedUntil()).isEqualTo(T0.plus(Duration.ofMinutes(15)));
    }

    @Test
    void theLockEndsAfterTheWindowAndCountingStartsAfresh() {
        for (int i = 0; i < 5; i++) {
            user.recordFailedLogin(T0, POLICY);
        }
        Instant later = T0.plus(Duration.ofMinutes(15));
        assertThat(user.isLockedAt(later)).isFalse();
        assertThat(user.recordFailedLogin(later, POLICY)).isFalse();
        assertThat(user.failedLoginAttempts()).isEqualTo(1);
        assertThat(user.lockedUntil()).isNull();
    }

    @Test
    void aSuccessfulLoginResetsTheCount() {
        for (int i = 0; i < 4; i++) {
            user.recordFailedLogin(T0, POLICY);
        }
        user.recordSuccessfulLogin(T0);
        assertThat(user.failedLoginAttempts()).isZero();
        assertThat(user.recordFailedLogin(T0, POLICY)).isFalse();
    }

    @Test
    void onlyAnActiveAccountWithAPasswordCanLogIn() {
        assertThat(user.canLogIn()).isTrue();
        user.changeStatus(UserStatus.INACTIVE, T0);
        assertThat(user.canLogIn()).isFalse();
    }
}
