package com.excelmedical.staffing.identity.session;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One refresh token of a session, by its hash; used once, then kept to recognise a replay. */
@Entity
@Table(name = "refresh_tokens")
public class RefreshToken {

    @Id
    private UUID id;
    private UUID sessionId;
    private String tokenHash;
    private Instant issuedAt;
    private Instant expiresAt;
    private Instant usedAt;

    protected RefreshToken() {
    }

    RefreshToken(UUID sessionId, String tokenHash, Instant issuedAt, Instant expiresAt) {
        this.id = UUID.randomUUID();
        this.sessionId = sessionId;
        this.tokenHash = tokenHash;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
    }

    boolean isUsed() {
        return usedAt != null;
    }

    boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    void markUsed(Instant now) {
        usedAt = now;
    }

    public UUID sessionId() { return sessionId; }
    public Instant usedAt() { return usedAt; }
}
