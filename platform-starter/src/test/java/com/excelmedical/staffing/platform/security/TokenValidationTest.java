package com.excelmedical.staffing.platform.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TokenValidationTest {

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private final SecurityProperties properties = new SecurityProperties(URI.create("http://identity/jwks.json"),
            "http://identity", "staffing-api", List.of("RS256", "ES256"), Duration.ofSeconds(30), List.of(), Duration.ofSeconds(60), 10_000);
    private final OAuth2TokenValidator<Jwt> validator = TokenValidation.validator(properties, Clock.fixed(NOW, ZoneOffset.UTC));

    private boolean valid(Consumer<Jwt.Builder> change) {
        Jwt.Builder jwt = Jwt.withTokenValue("t").header("alg", "RS256")
                .issuer("http://identity").audience(List.of("staffing-api")).subject(UUID.randomUUID().toString())
                .issuedAt(NOW.minusSeconds(60)).notBefore(NOW.minusSeconds(60)).expiresAt(NOW.plusSeconds(840));
        change.accept(jwt);
        return !validator.validate(jwt.build()).hasErrors();
    }

    @Test
    void acceptsACurrentTokenForThisAudienceAndIssuer() {
        assertThat(valid(jwt -> { })).isTrue();
    }

    @Test
    void refusesExpiredAndNotYetValidTokensBeyondTheSkew() {
        assertThat(valid(jwt -> jwt.expiresAt(NOW.minusSeconds(31)))).isFalse();
        assertThat(valid(jwt -> jwt.expiresAt(NOW.minusSeconds(10)))).isTrue();
        assertThat(valid(jwt -> jwt.notBefore(NOW.plusSeconds(60)))).isFalse();
    }

    @Test
    void refusesATokenWithoutExpiry() {
        assertThat(valid(jwt -> jwt.claims(claims -> claims.remove("exp")))).isFalse();
    }

    @Test
    void refusesAnotherIssuerAudienceOrANonUserSubject() {
        assertThat(valid(jwt -> jwt.issuer("http://elsewhere"))).isFalse();
        assertThat(valid(jwt -> jwt.audience(List.of("other-api")))).isFalse();
        assertThat(valid(jwt -> jwt.subject("service-account"))).isFalse();
    }

    @Test
    void acceptsOnlyAsymmetricAlgorithmsInConfiguration() {
        assertThat(TokenValidation.asymmetric("RS256")).isNotNull();
        assertThatThrownBy(() -> TokenValidation.asymmetric("HS256")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> TokenValidation.asymmetric("none")).isInstanceOf(IllegalStateException.class);
    }
}
