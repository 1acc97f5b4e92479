package com.excelmedical.staffing.identity.session;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * One login. Its refresh tokens rotate on every use; presenting a used one revokes the session (the
 * legitimate client and a thief cannot both go on); it ends at an absolute time however often it is
 * refreshed.
 */
@Entity
@Table(name = "sessions")
public class Session {

    public static final String LOGOUT = "logout";
    public static final String REUSE_DETECTED = "refresh-token-reuse";
    public static final String ACCOUNT_DISABLED = "account-disabled";
    public static final String PASSWORD_CHANGED = "password-changed";
    public static final String ERASURE = "erasure";

    @Id
    private UUID id;
    private UUID userId;
    private Instant createdAt;
    private Instant expiresAt;
    private Instant lastRefreshedAt;
    private Instant revokedAt;
    private String revokedReason;
    private String ipAddress;
    private String userAgent;
    @Version
    private long version;

    protected Session() {
    }

    public static Session start(UUID userId, Instant now, Duration lifetime, String ipAddress, String userAgent) {
        Session session = new Session();
        session.id = UUID.randomUUID();
        session.userId = userId;
        session.createdAt = now;
        session.expiresAt = now.plus(lifetime);
        session.ipAddress = ipAddress;
        session.userAgent = userAgent;
        return session;
    }

    /** A new refresh token of this session, valid until the session ends. */
    public RefreshToken newRefreshToken(String tokenHash, Instant now) {
        return new RefreshToken(id, tokenHash, now, expiresAt);
    }

    /** Applies the rotation rules to a presented token of this session. */
    public RefreshOutcome refresh(RefreshToken presented, Instant now) {
        if (!presented.sessionId().equals(id)) {
            throw new IllegalArgumentException("the refresh token belongs to another session");
        }
        if (revokedAt != null) {
            return RefreshOutcome.REVOKED;
        }
        if (presented.isUsed()) {
            revoke(REUSE_DETECTED, now);
            return RefreshOutcome.REUSED;
        }
        if (!now.isBefore(expiresAt) || presented.isExpiredAt(now)) {
            return RefreshOutcome.EXPIRED;
        }
        presented.markUsed(now);
        lastRefreshedAt = now;
        return RefreshOutcome.ROTATED;
    }

    /** Ends the session; a second revocation keeps the first reason. */
    public void revoke(String reason, Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
            revokedReason = reason;
        }
    }

    /** Erasure: the session keeps no trace of where the user connected from. */
    public void forgetClient() {
        ipAddress = null;
        userAgent = null;
    }

    public boolean isActiveAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    public UUID id() { return id; }
    public UUID userId() { return userId; }
    public Instant expiresAt() { return expiresAt; }
    public Instant revokedAt() { return revokedAt; }
    public String revokedReason() { return revokedReason; }
}
