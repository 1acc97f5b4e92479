package com.excelmedical.staffing.gateway.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;

/**
 * Request rates ({@code gateway.rate-limit.*}). Defaults: anonymous 100 burst, 50/s; user 200 burst,
 * 100/s; credentials 5 burst, 5/min.
 *
 * @param anonymous       per client IP, for requests without a token
 * @param user            per user, for requests with a verified token
 * @param credentials     per client IP, for the {@code credentialRoutes} (password guessing, sign-up spam)
 * @param credentialRoutes {@code "METHOD /path"} entries drawing from the {@code credentials} bucket
 * @param sweepInterval   how often full (idle) in-memory buckets are dropped
 */
@ConfigurationProperties("gateway.rate-limit")
public record RateLimitProperties(
        Limit anonymous,
        Limit user,
        Limit credentials,
        @DefaultValue({"POST /api/identity/token", "POST /api/identity/register", "POST /api/identity/password-reset"}) List<String> credentialRoutes,
        @DefaultValue("1m") Duration sweepInterval) {

    public RateLimitProperties {
        anonymous = anonymous != null ? anonymous : new Limit(100, 50, Duration.ofSeconds(1));
        user = user != null ? user : new Limit(200, 100, Duration.ofSeconds(1));
        credentials = credentials != null ? credentials : new Limit(5, 5, Duration.ofMinutes(1));
    }

    public Limit limitOf(Tier tier) {
        return switch (tier) {
            case ANONYMOUS -> anonymous;
            case USER -> user;
            case CREDENTIALS -> credentials;
        };
    }
}
