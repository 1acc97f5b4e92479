package com.excelmedical.staffing.identity.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.UUID;

/** A new RSA 2048 signing key, its private half encrypted for the {@code signing_keys} table. */
@Component
class SigningKeyGenerator {

    private final KeyEncryption encryption;
    private final Clock clock;

    SigningKeyGenerator(KeyEncryption encryption, Clock clock) {
        this.encryption = encryption;
        this.clock = clock;
    }

    SigningKey generate() {
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
}
