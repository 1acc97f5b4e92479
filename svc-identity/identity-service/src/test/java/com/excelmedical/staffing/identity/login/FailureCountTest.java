package com.excelmedical.staffing.identity.login;

import com.excelmedical.staffing.identity.web.ClientInfo;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class FailureCountTest {

    private static final Duration WINDOW = Duration.ofMinutes(15);
    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    private static final ClientInfo HOME = new ClientInfo("198.51.100.7", "browser");

    private final InMemoryFailureCounters counters = new InMemoryFailureCounters();
    private final LoginThrottle throttle = new LoginThrottle(counters, new LockoutPolicy(5, 20, WINDOW));

    @Test
    void theFifthFailureLocksForTheWholeWindow() {
        FailureCount count = FailureCount.none(T0);
        for (int i = 0; i < 4; i++) {
            count = count.plusFailure(T0, 5, WINDOW);
            assertThat(count.isLockedAt(T0)).isFalse();
        }
        count = count.plusFailure(T0, 5, WINDOW);
        assertThat(count.isLockedAt(T0.plus(Duration.ofMinutes(14)))).isTrue();
        assertThat(count.lockedUntil()).isEqualTo(T0.plus(WINDOW));
        assertThat(count.plusFailure(T0.plusSeconds(60), 5, WINDOW)).isEqualTo(count);
    }

    @Test
    void countingStartsAfreshAfterTheLockOrTheWindow() {
        FailureCount locked = FailureCount.none(T0);
        for (int i = 0; i < 5; i++) {
            locked = locked.plusFailure(T0, 5, WINDOW);
        }
        Instant later = T0.plus(WINDOW);
        assertThat(locked.isLockedAt(later)).isFalse();
        assertThat(locked.plusFailure(later, 5, WINDOW)).isEqualTo(new FailureCount(1, later, null));

        FailureCount old = FailureCount.none(T0).plusFailure(T0, 5, WINDOW).plusFailure(T0, 5, WINDOW);
        assertThat(old.plusFailure(later, 5, WINDOW)).isEqualTo(new FailureCount(1, later, null));
    }

    @Test
    void aSuccessClearsTheCountOfItsAddress() {
        for (int i = 0; i < 4; i++) {
            assertThat(throttle.recordFailure("a@example.com", HOME, T0)).isEmpty();
        }
        throttle.recordSuccess("a@example.com", HOME);
        for (int i = 0; i < 4; i++) {
            assertThat(throttle.recordFailure("a@example.com", HOME, T0)).isEmpty();
        }
        assertThat(throttle.recordFailure("a@example.com", HOME, T0)).contains(WINDOW);
    }

    @Test
    void oneAddressLocksOnlyItselfWhileManyAddressesTogetherLockTheEmail() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("A@Example.com ", new ClientInfo("203.0.113.1", null), T0);
        }
        assertThat(throttle.refusal("a@example.com", new ClientInfo("203.0.113.1", null), T0)).contains(WINDOW);
        assertThat(throttle.refusal("a@example.com", HOME, T0)).isEmpty();

        for (int address = 2; address <= 4; address++) {
            for (int i = 0; i < 5; i++) {
                throttle.recordFailure("a@example.com", new ClientInfo("203.0.113." + address, null), T0);
            }
        }
        assertThat(throttle.refusal("a@example.com", HOME, T0.plusSeconds(60))).contains(WINDOW.minusSeconds(60));
        assertThat(throttle.refusal("b@example.com", HOME, T0)).isEmpty();

        throttle.unlock("a@example.com");
        assertThat(throttle.refusal("a@example.com", HOME, T0)).isEmpty();
        assertThat(counters.size()).isZero();
    }

    @Test
    void countsWhoseLockAndWindowHaveEndedAreForgotten() {
        throttle.recordFailure("a@example.com", HOME, T0);
        assertThat(counters.size()).isEqualTo(2);
        throttle.recordFailure("b@example.com", HOME, T0.plus(WINDOW).plusSeconds(1));
        assertThat(counters.size()).isEqualTo(2);
        assertThat(throttle.refusal("a@example.com", HOME, T0)).isEqualTo(Optional.empty());
    }
}
