package com.excelmedical.staffing.identity.verification;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A one-time token mailed to a user (stored as a hash), usable once before it expires. */
@Entity
@Table(name = "verification_tokens")
public class VerificationToken {

    @Id
    private UUID id;
    private UUID userId;
    private VerificationPurpose purpose;
    private String tokenHash;
    private Instant createdAt;
    private Instant expiresAt;
    private Instant usedAt;

    protected VerificationToken() {
    }

    VerificationToken(UUID userId, VerificationPurpose purpose, String tokenHash, Instant now, Instant expiresAt) {
        this.id = UUID.randomUUID();
        this.userId = userId;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    /** Uses the token up; @throws InvalidVerificationTokenException if it was used, expired, or is for something else */
    void use(VerificationPurpose wanted, Instant now) {
        if (purpose != wanted || usedAt != null || !now.isBefore(expiresAt)) {
            throw new InvalidVerificationTokenException();
        }
        usedAt = now;
    }

    /** Superseded by a newer token or by a password change. */
    void invalidate(Instant now) {
        if (usedAt == null) {
            usedAt = now;
        }
    }

    UUID userId() { return userId; }
    VerificationPurpose purpose() { return purpose; }
}
