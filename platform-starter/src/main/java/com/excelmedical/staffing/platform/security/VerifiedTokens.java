package com.excelmedical.staffing.platform.security;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers the tokens a decoder accepted, so that a client's next requests with the same token skip the signature
 * check and the claims' parsing and validation (a third of a small request's CPU). An entry is used only before the
 * token's {@code exp} and for at most {@code keepFor} after it was verified, so a key withdrawn from the JWKS stops
 * being honoured within that time; a refused token is never remembered. The revocation check runs outside this
 * decoder, on every request. At {@code maxTokens} entries the memory is emptied and fills again.
 */
public final class VerifiedTokens implements JwtDecoder {

    private record Verified(Jwt jwt, Instant until) {
    }

    private final JwtDecoder decoder;
    private final Clock clock;
    private final Duration keepFor;
    private final int maxTokens;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    private VerifiedTokens(JwtDecoder decoder, Clock clock, Duration keepFor, int maxTokens) {
        this.decoder = decoder;
        this.clock = clock;
        this.keepFor = keepFor;
        this.maxTokens = maxTokens;
    }

    /** The decoder itself when {@code keepFor} is zero (nothing remembered). */
    public static JwtDecoder remembering(JwtDecoder decoder, Clock clock, Duration keepFor, int maxTokens) {
        return keepFor.isZero() || keepFor.isNegative() || maxTokens <= 0 ? decoder
                : new VerifiedTokens(decoder, clock, keepFor, maxTokens);
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Instant now = clock.instant();
        Verified known = verified.get(token);
        if (known != null && now.isBefore(known.until())) {
            return known.jwt();
        }
        Jwt jwt = decoder.decode(token);
        Instant until = now.plus(keepFor);
        if (jwt.getExpiresAt() != null && jwt.getExpiresAt().isBefore(until)) {
            until = jwt.getExpiresAt();
        }
        if (verified.size() >= maxTokens) {
            verified.clear();
        }
        verified.put(token, new Verified(jwt, until));
        return jwt;
    }
}
