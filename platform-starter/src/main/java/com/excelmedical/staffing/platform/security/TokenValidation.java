package com.excelmedical.staffing.platform.security;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The platform's token rules, one place for the services (servlet) and the gateway (reactive):
 * signature by a key of the JWKS with an allowed asymmetric algorithm, {@code exp} required and not
 * passed, {@code nbf} reached, the issuer, the audience, and a user id as subject.
 */
public final class TokenValidation {

    public static final String ROLES_CLAIM = "roles";

    private TokenValidation() {
    }

    public static OAuth2TokenValidator<Jwt> validator(SecurityProperties properties, Clock clock) {
        JwtTimestampValidator timestamps = new JwtTimestampValidator(properties.clockSkew());
        timestamps.setClock(clock);
        return new DelegatingOAuth2TokenValidator<>(List.of(
                new JwtClaimValidator<>(JwtClaimNames.EXP, exp -> exp != null),
                timestamps,
                new JwtIssuerValidator(properties.issuer()),
                new JwtClaimValidator<Collection<String>>(JwtClaimNames.AUD,
                        aud -> aud != null && aud.contains(properties.audience())),
                new JwtClaimValidator<String>(JwtClaimNames.SUB, TokenValidation::isUuid)));
    }

    public static NimbusJwtDecoder servletDecoder(SecurityProperties properties, Clock clock) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(jwkSetUri(properties))
                .jwsAlgorithms(algorithms -> properties.algorithms().forEach(name -> algorithms.add(asymmetric(name))))
                .build();
        decoder.setJwtValidator(validator(properties, clock));
        return decoder;
    }

    public static NimbusReactiveJwtDecoder reactiveDecoder(SecurityProperties properties, Clock clock) {
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(jwkSetUri(properties))
                .jwsAlgorithms(algorithms -> properties.algorithms().forEach(name -> algorithms.add(asymmetric(name))))
                .build();
        decoder.setJwtValidator(validator(properties, clock));
        return decoder;
    }

    private static String jwkSetUri(SecurityProperties properties) {
        if (properties.jwkSetUri() == null) {
            throw new IllegalStateException("staffing.security.jwk-set-uri is not set: the identity service's JWKS URL");
        }
        return properties.jwkSetUri().toString();
    }

    static SignatureAlgorithm asymmetric(String name) {
        SignatureAlgorithm algorithm = SignatureAlgorithm.from(name);
        if (algorithm == null) {
            throw new IllegalStateException("staffing.security.algorithms: " + name
                    + " is not an asymmetric JWS algorithm (RS256, ES256, PS256, ...)");
        }
        return algorithm;
    }

    private static boolean isUuid(String subject) {
        if (subject == null) {
            return false;
        }
        try {
            UUID.fromString(subject);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
