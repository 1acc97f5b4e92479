package com.excelmedical.staffing.identity.token;

import com.excelmedical.staffing.identity.IdentityProperties;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The signing keys, from the {@code signing_keys} table: the active one (with its private key, decrypted
 * in memory only) and every key still published. Read through a Caffeine cache of a minute, so other
 * instances see a rotation within a minute, and at once when a token names a key id the cache does not
 * know. The cache runs on the application's clock, so that tests move its time.
 */
@Service
public class KeyRing {

    static final Duration CLOCK_SKEW = Duration.ofMinutes(1);
    private static final Duration CACHE_TTL = Duration.ofSeconds(60);
    private static final Duration MIN_RELOAD_INTERVAL = Duration.ofSeconds(5);
    private static final String KEYS = "keys";

    private final SigningKeyRepository repository;
    private final SigningKeyGenerator generator;
    private final KeyEncryption encryption;
    private final Clock clock;
    private final IdentityProperties properties;
    private final TransactionTemplate transactions;
    private final LoadingCache<String, Loaded> cache;

    KeyRing(SigningKeyRepository repository, SigningKeyGenerator generator, KeyEncryption encryption, Clock clock,
            IdentityProperties properties, TransactionTemplate transactions) {
        this.repository = repository;
        this.generator = generator;
        this.encryption = encryption;
        this.clock = clock;
        this.properties = properties;
        this.transactions = transactions;
        this.cache = Caffeine.newBuilder().expireAfterWrite(CACHE_TTL).ticker(this::nanos).build(key -> load());
    }

    private record Loaded(RSAKey active, List<JWK> published, Instant at) {
    }

    /** The key that signs new tokens; created on first use when there is none. */
    public RSAKey activeKey() {
        Loaded current = cache.get(KEYS);
        if (current.active() == null) {
            transactions.executeWithoutResult(status -> {
                if (repository.findAllByOrderByCreatedAtDesc().stream().noneMatch(SigningKey::isActive)) {
                    repository.save(generator.generate());
                }
            });
            current = reload();
        }
        return current.active();
    }

    /** The public halves of every published key, as served at the JWKS endpoint. */
    public JWKSet publicKeys() {
        return new JWKSet(cache.get(KEYS).published());
    }

    /** Published keys with the given id; reloads once (at most every few seconds) when none is known. */
    public List<JWK> find(String kid) {
        Loaded current = cache.get(KEYS);
        List<JWK> found = byId(current, kid);
        if (found.isEmpty() && Duration.between(current.at(), clock.instant()).compareTo(MIN_RELOAD_INTERVAL) > 0) {
            found = byId(reload(), kid);
        }
        return found;
    }

    /** Reads the keys again once the caller's transaction (which changed them) has committed. */
    void reloadAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    cache.invalidateAll();
                }
            });
        } else {
            cache.invalidateAll();
        }
    }

    private Loaded reload() {
        cache.invalidate(KEYS);
        return cache.get(KEYS);
    }

    private Loaded load() {
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
        return new Loaded(active, List.copyOf(published), now);
    }

    private long nanos() {
        Instant now = clock.instant();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    private RSAKey withPrivateKey(RSAKey publicKey, SigningKey key) {
        try {
            byte[] pkcs8 = encryption.decrypt(key.encryptedPrivateKey(), key.kid());
            RSAPrivateKey privateKey = (RSAPrivateKey) KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            return new RSAKey.Builder(publicKey).privateKey(privateKey).build();
        } catch (GeneralSecurityException e) {
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
