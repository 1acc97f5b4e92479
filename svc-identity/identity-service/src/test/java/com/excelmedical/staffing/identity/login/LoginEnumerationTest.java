package com.excelmedical.staffing.identity.login;

import com.excelmedical.staffing.identity.account.LoginCredentials;
import com.excelmedical.staffing.identity.account.NewUser;
import com.excelmedical.staffing.identity.account.User;
import com.excelmedical.staffing.identity.account.UserRepository;
import com.excelmedical.staffing.identity.audit.Audit;
import com.excelmedical.staffing.identity.web.ClientInfo;
import com.excelmedical.staffing.identity.password.PasswordCheck;
import com.excelmedical.staffing.identity.password.PasswordHashing;
import com.excelmedical.staffing.identity.session.Session;
import com.excelmedical.staffing.identity.session.Sessions;
import com.excelmedical.staffing.identity.token.AccessTokens;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * An unknown email costs the same password hashing as a known one on every path (wrong password,
 * locked) and gets the same answers, attempt after attempt.
 */
class LoginEnumerationTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final ClientInfo CLIENT = new ClientInfo("203.0.113.9", "curl");

    private final AtomicInteger hashChecks = new AtomicInteger();
    private final PasswordCheck passwords = new PasswordCheck(countingEncoder());
    private final UserRepository users = mock(UserRepository.class);
    private final LoginThrottle throttle = new LoginThrottle(new InMemoryFailureCounters(),
            new LockoutPolicy(5, 20, Duration.ofMinutes(15)));
    private final Sessions sessions = mock(Sessions.class);
    private final AccessTokens accessTokens = mock(AccessTokens.class);
    private final LoginService logins = new LoginService(users, passwords, sessions, accessTokens,
            mock(Audit.class), throttle, Clock.fixed(NOW, ZoneOffset.UTC));

    private void known(String email) {
        User user = User.create(new NewUser(email, "A", "B", null, null, true, false),
                passwords.hash("the right passphrase"), Set.of("candidate"), Instant.parse("2026-11-01T00:00:00Z"));
        when(users.findCredentialsByEmail(email)).thenReturn(Optional.of(new LoginCredentials(user.id(), user.passwordHash())));
        when(users.findById(user.id())).thenReturn(Optional.of(user));
    }

    @Test
    void anUnknownEmailAndAWrongPasswordEachCostOneHashCheckAndTheSameAnswer() {
        known("known@example.com");
        when(users.findCredentialsByEmail("unknown@example.com")).thenReturn(Optional.empty());

        hashChecks.set(0);
        Throwable wrongPassword = catchLogin("known@example.com");
        int wrongPasswordChecks = hashChecks.getAndSet(0);
        Throwable unknownEmail = catchLogin("unknown@example.com");
        int unknownEmailChecks = hashChecks.get();

        assertThat(wrongPasswordChecks).isEqualTo(1);
        assertThat(unknownEmailChecks).isEqualTo(1);
        assertThat(unknownEmail).isInstanceOf(InvalidCredentialsException.class).hasMessage(wrongPassword.getMessage());
        assertThat(wrongPassword).isInstanceOf(InvalidCredentialsException.class);
    }

    @Test
    void attemptAfterAttemptAnUnknownEmailAnswersAndCostsLikeAKnownOne() {
        known("known@example.com");
        when(users.findCredentialsByEmail("unknown@example.com")).thenReturn(Optional.empty());

        List<String> knownAnswers = new ArrayList<>();
        List<String> unknownAnswers = new ArrayList<>();
        for (int attempt = 1; attempt <= 8; attempt++) {
            hashChecks.set(0);
            knownAnswers.add(describe(catchLogin("known@example.com")));
            assertThat(hashChecks.getAndSet(0)).as("hash checks of known attempt %d", attempt).isEqualTo(1);
            unknownAnswers.add(describe(catchLogin("unknown@example.com")));
            assertThat(hashChecks.get()).as("hash checks of unknown attempt %d", attempt).isEqualTo(1);
        }

        assertThat(unknownAnswers).isEqualTo(knownAnswers);
        assertThat(knownAnswers.subList(0, 4)).allMatch(answer -> answer.startsWith("401"));
        assertThat(knownAnswers.subList(4, 8)).allMatch(answer -> answer.equals("423 retry after 900"));
    }

    @Test
    void aLockedAccountAnswers423WithTheTimeLeftEvenToTheRightPassword() {
        known("locked@example.com");
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("locked@example.com", CLIENT, NOW.minus(Duration.ofMinutes(10)));
        }
        assertThatThrownBy(() -> logins.logIn("locked@example.com", "the right passphrase", CLIENT))
                .isInstanceOfSatisfying(AccountLockedException.class, e -> assertThat(e.retryAfterSeconds()).isEqualTo(300));
        when(sessions.start(any(), any())).thenReturn(mock(Session.class));
        when(accessTokens.issue(any(), any(), any())).thenReturn(new AccessTokens.AccessToken("access", 900));
        assertThat(logins.logIn("locked@example.com", "the right passphrase", new ClientInfo("198.51.100.1", "phone"))
                .accessToken()).isEqualTo("access");
    }

    private Throwable catchLogin(String email) {
        try {
            logins.logIn(email, "a wrong passphrase", CLIENT);
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("the login should have failed");
    }

    private static String describe(Throwable answer) {
        return answer instanceof AccountLockedException locked
                ? "423 retry after " + locked.retryAfterSeconds()
                : "401 " + answer.getClass().getSimpleName() + " " + answer.getMessage();
    }

    private PasswordEncoder countingEncoder() {
        PasswordEncoder real = PasswordHashing.encoder(4);
        PasswordEncoder encoder = mock(PasswordEncoder.class);
        when(encoder.encode(anyString())).thenAnswer(call -> real.encode(call.getArgument(0)));
        when(encoder.matches(anyString(), anyString())).thenAnswer(call -> {
            hashChecks.incrementAndGet();
            return real.matches(call.getArgument(0), call.getArgument(1));
        });
        return encoder;
    }
}
