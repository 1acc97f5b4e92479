package com.excelmedical.staffing.identity.login;

import com.excelmedical.staffing.identity.IdentityProperties;
import com.excelmedical.staffing.identity.account.NewUser;
import com.excelmedical.staffing.identity.account.User;
import com.excelmedical.staffing.identity.account.UserRepository;
import com.excelmedical.staffing.identity.audit.Audit;
import com.excelmedical.staffing.identity.web.ClientInfo;
import com.excelmedical.staffing.identity.password.PasswordCheck;
import com.excelmedical.staffing.identity.password.PasswordHashing;
import com.excelmedical.staffing.identity.session.Sessions;
import com.excelmedical.staffing.identity.token.AccessTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** An unknown email costs the same password hashing as a wrong password and gets the same exception. */
class LoginEnumerationTest {

    private final AtomicInteger hashChecks = new AtomicInteger();
    private final PasswordEncoder counting = countingEncoder();
    private final PasswordCheck passwords = new PasswordCheck(counting);
    private final UserRepository users = mock(UserRepository.class);
    private final LoginService logins = new LoginService(users, passwords, mock(Sessions.class), mock(AccessTokens.class),
            mock(Audit.class), defaults(), Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC));

    @Test
    void anUnknownEmailAndAWrongPasswordEachCostOneHashCheckAndTheSameAnswer() {
        User known = User.create(new NewUser("known@example.com", "A", "B", null, null, true, false),
                passwords.hash("the right passphrase"), Set.of("candidate"), Instant.parse("2026-11-01T00:00:00Z"));
        when(users.findByEmail("known@example.com")).thenReturn(Optional.of(known));
        when(users.findByEmail("unknown@example.com")).thenReturn(Optional.empty());

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

    private Throwable catchLogin(String email) {
        try {
            logins.logIn(email, "a wrong passphrase", ClientInfo.NONE);
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("the login should have failed");
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

    private static IdentityProperties defaults() {
        return new Binder(new MapConfigurationPropertySource(Map.of("staffing.identity.access-token-lifetime", "15m")))
                .bindOrCreate("staffing.identity", IdentityProperties.class);
    }

    @Test
    void aLockedAccountAnswers423WithTheTimeLeft() {
        User locked = User.create(new NewUser("locked@example.com", "A", "B", null, null, true, false),
                passwords.hash("the right passphrase"), Set.of("candidate"), Instant.parse("2026-11-01T00:00:00Z"));
        for (int i = 0; i < 5; i++) {
            locked.recordFailedLogin(Instant.parse("2026-11-23T09:50:00Z"),
                    new com.excelmedical.staffing.identity.account.LockoutPolicy(5, java.time.Duration.ofMinutes(15)));
        }
        when(users.findByEmail("locked@example.com")).thenReturn(Optional.of(locked));
        assertThatThrownBy(() -> logins.logIn("locked@example.com", "the right passphrase", ClientInfo.NONE))
                .isInstanceOfSatisfying(AccountLockedException.class, e -> assertThat(e.retryAfterSeconds()).isEqualTo(300));
    }
}
