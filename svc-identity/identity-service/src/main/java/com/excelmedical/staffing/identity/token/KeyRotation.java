package com.excelmedical.staffing.identity.token;

import com.excelmedical.staffing.identity.IdentityProperties;
import com.excelmedical.staffing.identity.audit.Audit;
import com.excelmedical.staffing.identity.audit.AuditAction;
import com.excelmedical.staffing.identity.web.ClientInfo;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Replaces the signing key: at an admin's request (for example after a suspected leak, audited) or when
 * the active key has reached the configured age. The retired key stays published until the tokens it
 * signed have expired; keys past that are deleted at the next check.
 */
@Service
class KeyRotation {

    private final SigningKeyRepository repository;
    private final SigningKeyGenerator generator;
    private final KeyRing ring;
    private final Audit audit;
    private final IdentityProperties properties;
    private final Clock clock;

    KeyRotation(SigningKeyRepository repository, SigningKeyGenerator generator, KeyRing ring, Audit audit,
                IdentityProperties properties, Clock clock) {
        this.repository = repository;
        this.generator = generator;
        this.ring = ring;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /** @return the new key's id */
    @Transactional
    String rotate(UUID adminId, ClientInfo client) {
        String kid = retireAndReplace(clock.instant());
        audit.record(AuditAction.SIGNING_KEY_ROTATED, null, adminId, client, "new key " + kid);
        return kid;
    }

    /** Rotates when the active key is older than the configured age, and forgets keys no longer published. */
    @Transactional
    boolean rotateIfDue() {
        Instant now = clock.instant();
        List<SigningKey> keys = repository.findAllByOrderByCreatedAtDesc();
        keys.stream().filter(key -> !key.isPublishedAt(now, properties.accessTokenLifetime())).forEach(repository::delete);
        boolean due = keys.stream().filter(SigningKey::isActive).findFirst()
                .map(active -> !now.isBefore(active.createdAt().plus(properties.keys().rotationAge())))
                .orElse(false);
        if (due) {
            retireAndReplace(now);
        } else {
            ring.reloadAfterCommit();
        }
        return due;
    }

    private String retireAndReplace(Instant now) {
        repository.findAllByOrderByCreatedAtDesc().forEach(key -> key.retire(now));
        SigningKey next = repository.save(generator.generate());
        ring.reloadAfterCommit();
        return next.kid();
    }
}
