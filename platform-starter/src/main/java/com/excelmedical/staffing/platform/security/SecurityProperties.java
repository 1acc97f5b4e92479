package com.excelmedical.staffing.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * How access tokens are checked ({@code staffing.security.*}).
 *
 * @param jwkSetUri    the identity service's JWKS, for example {@code http://localhost:8081/identity/.well-known/jwks.json}
 * @param issuer       the required {@code iss}
 * @param audience     the required {@code aud}
 * @param algorithms   the accepted signature algorithms; asymmetric only, so a token signed with HMAC
 *                     using the public key as secret, or unsigned ({@code none}), is refused
 * @param clockSkew    tolerance on {@code exp} and {@code nbf}
 * @param publicRoutes routes that need no token, as {@code "GET /jobs/**"} or {@code "/identity/register"}
 *                     (any method); everything else needs a valid token
 * @param verifiedTokensKeptFor how long a service trusts a token it verified without checking its signature again
 *                     (never past its {@code exp}; revocation is checked on every request); {@code 0} checks every time
 * @param verifiedTokensKept how many verified tokens a service remembers at most
 */
@ConfigurationProperties("staffing.security")
public record SecurityProperties(
        URI jwkSetUri,
        @DefaultValue("http://localhost:8081/identity") String issuer,
        @DefaultValue("staffing-api") String audience,
        @DefaultValue({"RS256", "ES256"}) List<String> algorithms,
        @DefaultValue("30s") Duration clockSkew,
        @DefaultValue List<String> publicRoutes,
        @DefaultValue("60s") Duration verifiedTokensKeptFor,
        @DefaultValue("10000") int verifiedTokensKept) {
}
