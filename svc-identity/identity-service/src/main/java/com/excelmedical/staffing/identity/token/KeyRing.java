package com.excelmedical.staffing.identity.token;

import com.excelmedical.staffing.identity.IdentityProperties;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The signing keys, from the {@code signing_keys} table: the active one (with its private key, decrypted
 * in memory only) and every key still published. Read through a short cache, so other instances see a
 * rotation within a minute, and at once when a token names a key id the cache does not know.
 */
@Service
public class KeyRing {

    static final Duration CLOCK_SKEW = Duration.ofMinutes(1);
    private static final Duration CACHE_TTL = Duration.ofSeconds(60);
    private static final Duration MIN_RELOAD_INTERVAL = Duration.ofSeconds(5);

    private final SigningKeyRepository repository;
    private final KeyEncryption encryption;
    private final Clock clock;
    private final IdentityProperties properties;
    private final TransactionTemplate transactions;
    private volatile Loaded loaded;

    KeyRing(SigningKeyRepository repository, KeyEncryption encryption, Clock clock, IdentityProperties properties,
            TransactionTemplate transactions) {
        this.repository = repository;
        this.encryption = encryption;
        this.clock = clock;
        this.properties = properties;
        this.transactions = transactions;
    }

    private record Loaded(RSAKey active, List<JWK> published, Instant at) {
    }

    /** The key that signs new tokens; created on first use when there is none. */
    public RSAKey activeKey() {
        Loaded current = current();
        if (current.active() == null) {
            transactions.executeWithoutResult(status -> {
                if (repository.findAllByOrderByCreatedAtDesc().stream().noneMatch(SigningKey::isActive)) {
                    repository.save(generate());
                }
            });
            current = reload();
        }
        return current.active();
    }

    /** The public halves of every published key, as served at the JWKS endpoint. */
    public JWKSet publicKeys() {
        return new JWKSet(current().published());
    }

    /** Published keys with the given id; reloads once (at most every few seconds) when none is known. */
    public List<JWK> find(String kid) {
        List<JWK> found = byId(current(), kid);
        if (found.isEmpty() && Duration.between(current().at(), clock.instant()).compareTo(MIN_RELOAD_INTERVAL) > 0) {
            found = byId(reload(), kid);
        }
        return found;
    }

    /**
     * Retires the active key and starts a new one, in the caller's transaction. The retired key stays
     * published until the tokens it signed have expired.
     *
     * @return the new key's id
     */
    public String rotate() {
        Instant now = clock.instant();
        repository.findAllByOrderByCreatedAtDesc().forEach(key -> key.retire(now));
        SigningKey next = repository.save(generate());
        invalidateAfterCommit();
        return next.kid();
    }

    /** Rotates when the active key is older than the configured age, and forgets keys no longer published. */
    public boolean rotateIfDue() {
        Instant now = clock.instant();
        List<SigningKey> keys = repository.findAllByOrderByCreatedAtDesc();
        keys.stream().filter(key -> !key.isPublishedAt(now, properties.accessTokenLifetime())).forEach(repository::delete);
        boolean due = keys.stream().filter(SigningKey::isActive).findFirst()
                .map(active -> !now.isBefore(active.createdAt().plus(properties.keys().rotationAge())))
                .orElse(false);
        if (due) {
            rotate();
        } else {
            invalidateAfterCommit();
        }
        return due;
    }

    private Loaded current() {
        Loaded current = loaded;
        if (current == null || Duration.between(current.at(), clock.instant()).compareTo(CACHE_TTL) > 0
                || clock.instant().isBefore(current.at())) {
            current = reload();
        }
        return current;
    }

    private synchronized Loaded reload() {
        Instant now = clock.instant();
        List<SigningKey> keys = transactions.execute(status -> repository.findAllByOrderByCreatedAtDesc());
        RSAKey active = null;
        List<JWK> published = new ArrayList<>();
        for (SigningKey key : keys) {
            if (!key.isPublishedAt(now, properties.accessTokenLifetime())) {
                continue;
            }
            RSAKey publicKey = parse(key.publicJwk());
            published.add(publicKey);
            if (active == null && key.isActive()) {
                active = withPrivateKey(publicKey, key);
            }
        }
        loaded = new Loaded(active, List.copyOf(published), now);
        return loaded;
    }

    private void invalidateAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    loaded = null;
                }
            });
        } else {
            loaded = null;
        }
    }

    private SigningKey generate() {
        try {
            String kid = UUID.randomUUID().toString();
            RSAKey key = new RSAKeyGenerator(2048).keyID(kid).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .generate();
            byte[] encrypted = encryption.encrypt(key.toPrivateKey().getEncoded(), kid);
            return new SigningKey(kid, JWSAlgorithm.RS256.getName(), key.toPublicJWK().toJSONString(), encrypted,
                    clock.instant());
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate a signing key", e);
        }
    }

    private RSAKey withPrivateKey(RSAKey publicKey, SigningKey key) {
        try {
            byte[] pkcs8 = encryption.decrypt(key.encryptedPrivateKey(), key.kid());
            RSAPrivateKey privateKey = (RSAPrivateKey) KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            return new RSAKey.Builder(publicKey).privateKey(privateKey).build();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("cannot read signing key " + key.kid(), e);
        }
    }

    private static RSAKey parse(String json) {
        try {
            return RSAKey.parse(json);
        } catch (ParseException e) {
            throw new IllegalStateException("a stored public key is not a valid JWK", e);
        }
    }

    private static List<JWK> byId(Loaded loaded, String kid) {
        return loaded.published().stream().filter(key -> kid == null || kid.equals(key.getKeyID())).toList();
    }
}
