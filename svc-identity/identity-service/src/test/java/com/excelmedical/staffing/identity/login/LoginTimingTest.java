package com.excelmedical.staffing.identity.login;

import com.excelmedical.staffing.identity.account.LoginCredentials;
import com.excelmedical.staffing.identity.account.UserRepository;
import com.excelmedical.staffing.identity.audit.Audit;
import com.excelmedical.staffing.identity.web.ClientInfo;
import com.excelmedical.staffing.identity.password.PasswordCheck;
import com.excelmedical.staffing.identity.password.PasswordHashing;
import com.excelmedical.staffing.identity.session.Sessions;
import com.excelmedical.staffing.identity.token.AccessTokens;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Time, measured: with a hash that costs tens of milliseconds (bcrypt 8), a known and an unknown email
 * take the same time, both while failures are counted and while the email is locked; and the locked
 * answer still costs a hash check, which is what used to tell the two apart (423 in 5 ms, 401 in 300 ms).
 * Each round times the two emails and a bare hash check back to back (in a turning order), and the
 * rounds are compared pair by pair: a stretch of load from other processes on the machine slows all
 * three of a round alike and cancels out of the difference; the median of the differences is judged.
 */
class LoginTimingTest {

    private static final Logger log = LoggerFactory.getLogger(LoginTimingTest.class);
    private static final int SAMPLES = 30;
    private static final int WARM_UP = 10;
    private static final ClientInfo LOCKED_OUT = new ClientInfo("203.0.113.50", null);

    private final PasswordEncoder encoder = PasswordHashing.encoder(8);
    private final PasswordCheck passwords = new PasswordCheck(encoder);
    private final UserRepository users = mock(UserRepository.class);
    private final LoginThrottle throttle = new LoginThrottle(new InMemoryFailureCounters(),
            new LockoutPolicy(5, 10_000, Duration.ofMinutes(15)));
    private final LoginService logins = new LoginService(users, passwords, mock(Sessions.class), mock(AccessTokens.class),
            mock(Audit.class), throttle, Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC));

    @Test
    void aKnownAndAnUnknownEmailTakeTheSameTimeCountedAndLocked() {
        String stored = passwords.hash("the right passphrase");
        when(users.findCredentialsByEmail("known@example.com"))
                .thenReturn(Optional.of(new LoginCredentials(UUID.randomUUID(), stored)));
        when(users.findCredentialsByEmail("unknown@example.com")).thenReturn(Optional.empty());
        for (int i = 0; i < WARM_UP; i++) {
            encoder.matches("a wrong passphrase", stored);
        }

        Samples counted = new Samples();
        for (int i = 0; i < SAMPLES; i++) {
            counted.take(i, new ClientInfo("198.51.100." + i / 4, null), InvalidCredentialsException.class, stored);
        }
        for (int i = 0; i < 4; i++) {
            timeFailure("known@example.com", LOCKED_OUT, InvalidCredentialsException.class);
            timeFailure("unknown@example.com", LOCKED_OUT, InvalidCredentialsException.class);
        }
        Samples locked = new Samples();
        for (int i = 0; i < SAMPLES; i++) {
            locked.take(i, LOCKED_OUT, AccountLockedException.class, stored);
        }

        long hash = median(counted.hash, locked.hash);
        long bound = hash / 4;
        log.info("median ms: hash check {}; counted known {} unknown {}, difference of pairs {}; locked known {}"
                        + " unknown {}, difference of pairs {}, locked minus hash check {}; bound {}", ms(hash),
                ms(median(counted.known)), ms(median(counted.unknown)), ms(median(differences(counted.known, counted.unknown))),
                ms(median(locked.known)), ms(median(locked.unknown)), ms(median(differences(locked.known, locked.unknown))),
                ms(median(differences(locked.unknown, locked.hash))), ms(bound));
        assertThat(Math.abs(median(differences(counted.known, counted.unknown)))).as("counted: known - unknown, ns")
                .isLessThan(bound);
        assertThat(Math.abs(median(differences(locked.known, locked.unknown)))).as("locked: known - unknown, ns")
                .isLessThan(bound);
        assertThat(median(differences(locked.known, locked.hash))).as("locked known - hash check: a locked answer "
                + "still costs a hash check, ns").isGreaterThan(-bound);
        assertThat(median(differences(locked.unknown, locked.hash))).as("locked unknown - hash check: a locked answer "
                + "still costs a hash check, ns").isGreaterThan(-bound);
    }

    /** One round: a known email, an unknown one and a bare hash check, in an order that turns each round. */
    private final class Samples {
        final List<Long> known = new ArrayList<>();
        final List<Long> unknown = new ArrayList<>();
        final List<Long> hash = new ArrayList<>();

        void take(int round, ClientInfo client, Class<? extends RuntimeException> expected, String stored) {
            List<Runnable> steps = new ArrayList<>(List.of(
                    () -> known.add(timeFailure("known@example.com", client, expected)),
                    () -> unknown.add(timeFailure("unknown@example.com", client, expected)),
                    () -> hash.add(timeHash(stored))));
            Collections.rotate(steps, round % 3);
            steps.forEach(Runnable::run);
        }
    }

    private long timeFailure(String email, ClientInfo client, Class<? extends RuntimeException> expected) {
        long start = System.nanoTime();
        try {
            logins.logIn(email, "a wrong passphrase", client);
        } catch (RuntimeException e) {
            long elapsed = System.nanoTime() - start;
            assertThat(e).isInstanceOf(expected);
            return elapsed;
        }
        throw new AssertionError("the login should have failed");
    }

    private long timeHash(String stored) {
        long start = System.nanoTime();
        encoder.matches("a wrong passphrase", stored);
        return System.nanoTime() - start;
    }

    /** Round by round, so that a stretch of load on the machine cancels out of each difference. */
    private static List<Long> differences(List<Long> first, List<Long> second) {
        return IntStream.range(0, first.size()).mapToObj(i -> first.get(i) - second.get(i)).toList();
    }

    @SafeVarargs
    private static long median(List<Long>... samples) {
        List<Long> all = Arrays.stream(samples).flatMap(List::stream).sorted().toList();
        return all.get(all.size() / 2);
    }

    private static String ms(long nanos) {
        return String.format("%.1f", nanos / 1e6);
    }
}
