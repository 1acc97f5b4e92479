package com.excelmedical.staffing.identity.token;

import com.excelmedical.staffing.identity.IdentityProperties;
import com.excelmedical.staffing.platform.security.SecurityProperties;
import com.excelmedical.staffing.platform.security.TokenValidation;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Signs access tokens: RS256 with the active key's {@code kid}; {@code iss} and {@code aud} as every
 * service checks them ({@code staffing.security.*}); {@code sub} = user id; {@code roles}; {@code sid} =
 * the session, so that logout knows which session to end.
 */
@Component
public class AccessTokens {

    public static final String SESSION_CLAIM = "sid";

    private final KeyRing keys;
    private final SecurityProperties security;
    private final IdentityProperties properties;
    private final Clock clock;

    AccessTokens(KeyRing keys, SecurityProperties security, IdentityProperties properties, Clock clock) {
        this.keys = keys;
        this.security = security;
        this.properties = properties;
        this.clock = clock;
    }

    public AccessToken issue(UUID userId, Collection<String> roles, UUID sessionId) {
        Instant now = clock.instant();
        Instant expires = now.plus(properties.accessTokenLifetime());
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(security.issuer())
                .audience(security.audience())
                .subject(userId.toString())
                .claim(TokenValidation.ROLES_CLAIM, List.copyOf(roles))
                .claim(SESSION_CLAIM, sessionId.toString())
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(expires))
                .jwtID(UUID.randomUUID().toString())
                .build();
        RSAKey key = keys.activeKey();
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                    .type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return new AccessToken(jwt.serialize(), properties.accessTokenLifetime().toSeconds());
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign an access token", e);
        }
    }

    public record AccessToken(String value, long expiresInSeconds) {
    }
}
