package com.excelmedical.staffing.identity.token;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;

/**
 * A key pair that signs access tokens. Active while not retired; once retired it stays published for
 * as long as tokens it signed can still be valid.
 */
@Entity
@Table(name = "signing_keys")
public class SigningKey {

    @Id
    private String kid;
    private String algorithm;
    private String publicJwk;
    private byte[] encryptedPrivateKey;
    private Instant createdAt;
    private Instant retiredAt;

    protected SigningKey() {
    }

    SigningKey(String kid, String algorithm, String publicJwk, byte[] encryptedPrivateKey, Instant createdAt) {
        this.kid = kid;
        this.algorithm = algorithm;
        this.publicJwk = publicJwk;
        this.encryptedPrivateKey = encryptedPrivateKey;
        this.createdAt = createdAt;
    }

    void retire(Instant now) {
        if (retiredAt == null) {
            retiredAt = now;
        }
    }

    boolean isActive() {
        return retiredAt == null;
    }

    /** Published while active, and after retirement until the last token it signed has expired. */
    boolean isPublishedAt(Instant now, Duration tokenLifetime) {
        return retiredAt == null || now.isBefore(retiredAt.plus(tokenLifetime).plus(KeyRing.CLOCK_SKEW));
    }

    String kid() { return kid; }
    String publicJwk() { return publicJwk; }
    byte[] encryptedPrivateKey() { return encryptedPrivateKey; }
    Instant createdAt() { return createdAt; }
    Instant retiredAt() { return retiredAt; }
}
