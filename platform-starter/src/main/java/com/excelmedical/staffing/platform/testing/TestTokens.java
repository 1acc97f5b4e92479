package com.excelmedical.staffing.platform.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Access tokens for tests, signed like the identity service signs them (RS256 with a {@code kid}),
 * and a JWKS endpoint on a free local port that publishes the key. Point a service at it with
 * {@code staffing.security.jwk-set-uri = TestTokens.jwkSetUri()}, for example in a
 * {@code @DynamicPropertySource}. Test support only: never used by a running service.
 */
public final class TestTokens {

    public static final String ISSUER = "http://localhost:8081/identity";
    public static final String AUDIENCE = "staffing-api";
    public static final String KEY_ID = "test-key";

    private static final RSAKey KEY = generate(KEY_ID);
    /** Another key under the same id: its signatures must be refused. */
    private static final RSAKey IMPOSTOR = generate(KEY_ID);
    private static HttpServer server;

    private TestTokens() {
    }

    /** The URL of the JWKS that publishes the test key; starts the endpoint on first use. */
    public static synchronized String jwkSetUri() {
        if (server == null) {
            server = startJwksServer();
        }
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/identity/.well-known/jwks.json";
    }

    /** A valid 15-minute token for the user with the given roles. */
    public static String forUser(UUID userId, String... roles) {
        return sign(KEY, claims(userId, roles).build());
    }

    /** A token for a random user with the given roles. */
    public static String withRoles(String... roles) {
        return forUser(UUID.randomUUID(), roles);
    }

    /** A token whose claims the test changes, for example to make it expired or for another audience. */
    public static String custom(UUID userId, List<String> roles, Consumer<JWTClaimsSet.Builder> change) {
        JWTClaimsSet.Builder claims = claims(userId, roles.toArray(String[]::new));
        change.accept(claims);
        return sign(KEY, claims.build());
    }

    /** A well-formed token signed by a key the JWKS does not publish. */
    public static String signedByImpostor(UUID userId, String... roles) {
        return sign(IMPOSTOR, claims(userId, roles).build());
    }

    /** The public key, for tests that forge tokens (for example HMAC signed with the public key as secret). */
    public static RSAKey publicKey() {
        return KEY.toPublicJWK();
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
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(15))))
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

    private static RSAKey generate(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).algorithm(JWSAlgorithm.RS256).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpServer startJwksServer() {
        try {
            HttpServer jwks = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            byte[] body = new JWKSet(KEY.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            jwks.createContext("/identity/.well-known/jwks.json", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            jwks.setExecutor(null);
            jwks.start();
            return jwks;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
