package com.excelmedical.staffing.identity.token;

import com.excelmedical.staffing.identity.IdentityProperties;
import com.excelmedical.staffing.platform.security.SecurityProperties;
import com.excelmedical.staffing.platform.security.TokenValidation;
import com.excelmedical.staffing.platform.support.PeriodicTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;

/**
 * Key storage, scheduled rotation, and how this service checks its own tokens: with the same rules as
 * every other service ({@link TokenValidation}), but against its key ring directly instead of fetching
 * its own JWKS over HTTP.
 */
@Configuration(proxyBeanMethods = false)
class KeyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(KeyConfiguration.class);

    @Bean
    KeyEncryption keyEncryption(IdentityProperties properties, Environment environment) {
        String configured = properties.keys().encryptionKey();
        if (configured != null && !configured.isBlank()) {
            return KeyEncryption.fromBase64(configured);
        }
        if (!environment.acceptsProfiles(Profiles.of("local", "test"))) {
            log.warn("""
                    ************************************************************************
                    staffing.identity.keys.encryption-key (IDENTITY_KEY_ENCRYPTION_KEY) is not set:
                    private signing keys are encrypted with the PUBLIC DEVELOPMENT KEY.
                    Anyone with the database can sign tokens. Set it outside local runs.
                    ************************************************************************""");
        }
        return new KeyEncryption(developmentKey());
    }

    @Bean
    JwtDecoder jwtDecoder(KeyRing keys, SecurityProperties security, Clock clock) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(new KeyRingJwkSource(keys))
                .jwsAlgorithms(algorithms -> security.algorithms().forEach(name -> algorithms.add(SignatureAlgorithm.from(name))))
                .build();
        decoder.setJwtValidator(TokenValidation.validator(security, clock));
        return decoder;
    }

    @Bean
    PeriodicTask signingKeyRotation(KeyRotation rotation, IdentityProperties properties, TransactionTemplate transactions) {
        return new PeriodicTask("signing-key-rotation", properties.keys().rotationCheck(),
                () -> transactions.executeWithoutResult(status -> {
                    if (rotation.rotateIfDue()) {
                        log.info("Signing key rotated: the previous key stays published until its tokens expire");
                    }
                }));
    }

    private static byte[] developmentKey() {
        try {
            return MessageDigest.getInstance("SHA-256")
                    .digest("staffing-identity development key, never for production".getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
