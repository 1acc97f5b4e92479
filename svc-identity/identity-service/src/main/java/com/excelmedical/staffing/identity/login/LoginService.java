package com.excelmedical.staffing.identity.login;

import com.excelmedical.staffing.identity.account.Emails;
import com.excelmedical.staffing.identity.account.LoginCredentials;
import com.excelmedical.staffing.identity.account.User;
import com.excelmedical.staffing.identity.account.UserRepository;
import com.excelmedical.staffing.identity.audit.Audit;
import com.excelmedical.staffing.identity.audit.AuditAction;
import com.excelmedical.staffing.identity.web.ClientInfo;
import com.excelmedical.staffing.identity.password.PasswordCheck;
import com.excelmedical.staffing.identity.session.RefreshOutcome;
import com.excelmedical.staffing.identity.session.RefreshToken;
import com.excelmedical.staffing.identity.session.Session;
import com.excelmedical.staffing.identity.session.Sessions;
import com.excelmedical.staffing.identity.token.AccessTokens;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Log in, refresh, log out. Failures commit what they record (failed-login counter, lockout, revoked
 * session, audit) before the exception answers the request.
 */
@Service
public class LoginService {

    private final UserRepository users;
    private final PasswordCheck passwords;
    private final Sessions sessions;
    private final AccessTokens accessTokens;
    private final Audit audit;
    private final LoginThrottle throttle;
    private final Clock clock;

    LoginService(UserRepository users, PasswordCheck passwords, Sessions sessions, AccessTokens accessTokens, Audit audit,
                 LoginThrottle throttle, Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.sessions = sessions;
        this.accessTokens = accessTokens;
        this.audit = audit;
        this.throttle = throttle;
        this.clock = clock;
    }

    /**
     * Every attempt costs one password-hash check and the same counter work, whether the email has an
     * account, the password is wrong or the email is locked: neither the answer nor its time tells
     * which emails have accounts (docs/adr/0008).
     */
    @Transactional(noRollbackFor = {InvalidCredentialsException.class, AccountLockedException.class})
    public TokenResponse logIn(String email, String password, ClientInfo client) {
        String normalized = Emails.normalize(email);
        Optional<LoginCredentials> credentials = users.findCredentialsByEmail(normalized);
        UUID userId = credentials.map(LoginCredentials::userId).orElse(null);
        PasswordCheck.Result result = passwords.check(password, credentials.map(LoginCredentials::passwordHash).orElse(null));
        Instant now = clock.instant();
        Optional<Duration> refused = throttle.refusal(normalized, client, now);
        if (refused.isPresent()) {
            audit.record(AuditAction.LOGIN_REFUSED_LOCKED, userId, userId, client, null);
            throw new AccountLockedException(refused.get());
        }
        Optional<User> user = result.matches() ? users.findById(userId).filter(User::canLogIn) : Optional.empty();
        if (user.isEmpty()) {
            audit.record(AuditAction.LOGIN_FAILED, userId, userId, client, failure(userId, result));
            Optional<Duration> locked = throttle.recordFailure(normalized, client, now);
            if (locked.isPresent()) {
                audit.record(AuditAction.ACCOUNT_LOCKED, userId, null, client, "too many failed logins");
                throw new AccountLockedException(locked.get());
            }
            throw new InvalidCredentialsException();
        }
        throttle.recordSuccess(normalized, client);
        result.rehash().ifPresent(user.get()::rehashPassword);
        user.get().recordSuccessfulLogin(now);
        audit.record(AuditAction.LOGIN_SUCCEEDED, userId, userId, client, null);
        return tokensFor(user.get(), sessions.start(userId, client));
    }

    @Transactional(noRollbackFor = InvalidRefreshTokenException.class)
    public TokenResponse refresh(String rawRefreshToken, ClientInfo client) {
        RefreshToken presented = sessions.findRefreshToken(rawRefreshToken).orElseThrow(InvalidRefreshTokenException::new);
        Session session = sessions.find(presented.sessionId()).orElseThrow(InvalidRefreshTokenException::new);
        RefreshOutcome outcome = session.refresh(presented, clock.instant());
        if (outcome == RefreshOutcome.REUSED) {
            audit.record(AuditAction.REFRESH_TOKEN_REUSED, session.userId(), null, client, "session " + session.id() + " revoked");
            sessions.announceRevoked(session);
        }
        if (outcome != RefreshOutcome.ROTATED) {
            throw new InvalidRefreshTokenException();
        }
        User user = users.findById(session.userId()).orElseThrow(InvalidRefreshTokenException::new);
        if (!user.canLogIn()) {
            sessions.revoke(session, Session.ACCOUNT_DISABLED);
            throw new InvalidRefreshTokenException();
        }
        return tokensFor(user, session);
    }

    /** Ends the session the access token was issued for; a session of another user is left alone. */
    @Transactional
    public void logOut(UUID userId, UUID sessionId, ClientInfo client) {
        sessions.find(sessionId).filter(session -> session.userId().equals(userId)).ifPresent(session -> {
            sessions.revoke(session, Session.LOGOUT);
            audit.record(AuditAction.LOGOUT, userId, userId, client, null);
        });
    }

    private static String failure(UUID userId, PasswordCheck.Result result) {
        return userId == null ? "unknown account" : result.matches() ? "account may not log in" : "wrong password";
    }

    private TokenResponse tokensFor(User user, Session session) {
        String refreshToken = sessions.issueRefreshToken(session);
        AccessTokens.AccessToken access = accessTokens.issue(user.id(), user.roles(), session.id());
        return new TokenResponse(access.value(), "Bearer", access.expiresInSeconds(), refreshToken);
    }
}
