package com.excelmedical.staffing.platform.test;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Access tokens for tests, signed like the identity service signs them (RS256 with a {@code kid}), and
 * the JWKS endpoint that publishes the key. {@link #shared()} is the one key pair and endpoint of a test
 * JVM, created on first use and closed when the JVM exits; {@link #start()} makes one a test owns and
 * closes. Point a service at it with {@code staffing.security.jwk-set-uri = tokens.jwkSetUri()}, for
 * example in a {@code @DynamicPropertySource}.
 */
public final class TestTokens implements AutoCloseable {

    public static final String ISSUER = "http://localhost:8081/identity";
    public static final String AUDIENCE = "staffing-api";
    public static final String KEY_ID = "test-key";
    private static final Duration LIFETIME = Duration.ofMinutes(15);

    private final RSAKey key = generate();
    /** Another key under the same id, which the endpoint does not publish: its signatures must be refused. */
    private final RSAKey unknownKey = generate();
    private final JwksServer jwks;

    private TestTokens() {
        this.jwks = JwksServer.start(key.toPublicJWK());
    }

    /** The key pair and JWKS endpoint of this JVM; the endpoint stops when the JVM exits. */
    public static TestTokens shared() {
        return Shared.TOKENS;
    }

    /** A key pair and JWKS endpoint of its own, which the caller closes. */
    public static TestTokens start() {
        return new TestTokens();
    }

    /** The URL of the JWKS that publishes the key. */
    public String jwkSetUri() {
        return jwks.uri();
    }

    /** A valid 15-minute token for the user with the given roles. */
    public String forUser(UUID userId, String... roles) {
        return sign(key, claims(userId, roles).build());
    }

    /** A valid token for a random user with the given roles. */
    public String withRoles(String... roles) {
        return forUser(UUID.randomUUID(), roles);
    }

    /** A token whose claims the test changes; signed with the published key. */
    public String custom(UUID userId, List<String> roles, Consumer<JWTClaimsSet.Builder> change) {
        JWTClaimsSet.Builder claims = claims(userId, roles.toArray(String[]::new));
        change.accept(claims);
        return sign(key, claims.build());
    }

    /** A well-formed token signed by a key the JWKS does not publish, under the published key's id. */
    public String signedByUnknownKey(UUID userId, String... roles) {
        return sign(unknownKey, claims(userId, roles).build());
    }

    /** A token that expired five minutes ago, well past the clock skew a validator allows. */
    public String expired(UUID userId, String... roles) {
        Instant issued = Instant.now().minus(LIFETIME).minus(Duration.ofMinutes(5));
        return custom(userId, List.of(roles), claims -> claims.issueTime(Date.from(issued)).notBeforeTime(Date.from(issued))
                .expirationTime(Date.from(issued.plus(LIFETIME))));
    }

    /** A token for another audience. */
    public String forAudience(String audience, UUID userId, String... roles) {
        return custom(userId, List.of(roles), claims -> claims.audience(audience));
    }

    /** A token from another issuer. */
    public String fromIssuer(String issuer, UUID userId, String... roles) {
        return custom(userId, List.of(roles), claims -> claims.issuer(issuer));
    }

    /** An unsecured token ({@code alg: none}, empty signature) with otherwise valid claims. */
    public String unsigned(UUID userId, String... roles) {
        String header = Base64URL.encode("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)).toString();
        String payload = Base64URL.encode(claims(userId, roles).build().toString().getBytes(StandardCharsets.UTF_8)).toString();
        return header + "." + payload + ".";
    }

    /** The public key, for tests that forge tokens (for example HMAC signed with the public key as secret). */
    public RSAKey publicKey() {
        return key.toPublicJWK();
    }

    /** Stops the JWKS endpoint. */
    @Override
    public void close() {
        jwks.close();
    }

    private static JWTClaimsSet.Builder claims(UUID userId, String... roles) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(userId.toString())
                .claim("roles", List.of(roles))
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(LIFETIME)))
                .jwtID(UUID.randomUUID().toString());
    }

    private static String sign(RSAKey key, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyID(KEY_ID).algorithm(JWSAlgorithm.RS256).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Created when first asked for, by the class loader's once-only initialisation. */
    private static final class Shared {
        private static final TestTokens TOKENS = start();

        static {
            Runtime.getRuntime().addShutdownHook(new Thread(TOKENS::close, "test-tokens-shutdown"));
        }
    }
}
