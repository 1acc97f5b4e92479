package com.excelmedical.staffing.identity.session;

import com.excelmedical.staffing.identity.IdentityProperties;
import com.excelmedical.staffing.identity.web.ClientInfo;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Starts sessions, hands out refresh tokens and ends sessions, inside the caller's transaction. */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class Sessions {

    private final SessionRepository sessions;
    private final RefreshTokenRepository refreshTokens;
    private final IdentityProperties properties;
    private final Clock clock;

    Sessions(SessionRepository sessions, RefreshTokenRepository refreshTokens, IdentityProperties properties, Clock clock) {
        this.sessions = sessions;
        this.refreshTokens = refreshTokens;
        this.properties = properties;
        this.clock = clock;
    }

    public Session start(UUID userId, ClientInfo client) {
        return sessions.save(Session.start(userId, clock.instant(), properties.sessionLifetime(),
                client.ipAddress(), client.userAgent()));
    }

    /** @return the raw refresh token, handed to the client once and stored only as a hash */
    public String issueRefreshToken(Session session) {
        String raw = SecretTokens.generate();
        refreshTokens.save(session.newRefreshToken(SecretTokens.hash(raw), clock.instant()));
        return raw;
    }

    public Optional<RefreshToken> findRefreshToken(String raw) {
        return refreshTokens.findByTokenHash(SecretTokens.hash(raw));
    }

    public Optional<Session> find(UUID sessionId) {
        return sessions.findById(sessionId);
    }

    public void revokeAll(UUID userId, String reason) {
        Instant now = clock.instant();
        sessions.findByUserId(userId).forEach(session -> session.revoke(reason, now));
    }

    /** Erasure: every session ends and forgets the client's address and user agent. */
    public void revokeAndForgetAll(UUID userId) {
        Instant now = clock.instant();
        sessions.findByUserId(userId).forEach(session -> {
            session.revoke(Session.ERASURE, now);
            session.forgetClient();
        });
    }
}
