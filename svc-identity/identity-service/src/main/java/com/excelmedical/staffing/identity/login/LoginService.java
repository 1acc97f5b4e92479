package com.excelmedical.staffing.identity.login;

import com.excelmedical.staffing.identity.IdentityProperties;
import com.excelmedical.staffing.identity.account.Emails;
import com.excelmedical.staffing.identity.account.LockoutPolicy;
import com.excelmedical.staffing.identity.account.User;
import com.excelmedical.staffing.identity.account.UserRepository;
import com.excelmedical.staffing.identity.audit.Audit;
import com.excelmedical.staffing.identity.audit.AuditAction;
import com.excelmedical.staffing.identity.audit.ClientInfo;
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
    private final LockoutPolicy lockout;
    private final Clock clock;

    LoginService(UserRepository users, PasswordCheck passwords, Sessions sessions, AccessTokens accessTokens, Audit audit,
                 IdentityProperties properties, Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.sessions = sessions;
        this.accessTokens = accessTokens;
        this.audit = audit;
        this.lockout = new LockoutPolicy(properties.lockout().maxFailures(), properties.lockout().duration());
        this.clock = clock;
    }

    @Transactional(noRollbackFor = {InvalidCredentialsException.class, AccountLockedException.class})
    public TokenResponse logIn(String email, String password, ClientInfo client) {
        Optional<User> found = users.findByEmail(Emails.normalize(email));
        if (found.isEmpty()) {
            passwords.check(password, null);
            audit.record(AuditAction.LOGIN_FAILED, null, null, client, "unknown account");
            throw new InvalidCredentialsException();
        }
        User user = found.get();
        Instant now = clock.instant();
        if (user.isLockedAt(now)) {
            audit.record(AuditAction.LOGIN_REFUSED_LOCKED, user.id(), user.id(), client, null);
            throw new AccountLockedException(Duration.between(now, user.lockedUntil()));
        }
        PasswordCheck.Result result = passwords.check(password, user.passwordHash());
        if (!result.matches()) {
            audit.record(AuditAction.LOGIN_FAILED, user.id(), user.id(), client, "wrong password");
            if (user.recordFailedLogin(now, lockout)) {
                audit.record(AuditAction.ACCOUNT_LOCKED, user.id(), null, client,
                        lockout.maxFailures() + " failed logins");
                throw new AccountLockedException(lockout.duration());
            }
            throw new InvalidCredentialsException();
        }
        if (!user.canLogIn()) {
            audit.record(AuditAction.LOGIN_FAILED, user.id(), user.id(), client, "account " + user.status().value());
            throw new InvalidCredentialsException();
        }
        result.rehash().ifPresent(user::rehashPassword);
        user.recordSuccessfulLogin(now);
        audit.record(AuditAction.LOGIN_SUCCEEDED, user.id(), user.id(), client, null);
        return tokensFor(user, sessions.start(user.id(), client));
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

    private TokenResponse tokensFor(User user, Session session) {
        String refreshToken = sessions.issueRefreshToken(session);
        AccessTokens.AccessToken access = accessTokens.issue(user.id(), user.roles(), session.id());
        return new TokenResponse(access.value(), "Bearer", access.expiresInSeconds(), refreshToken);
    }
}
