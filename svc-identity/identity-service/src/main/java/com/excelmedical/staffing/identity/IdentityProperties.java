package com.excelmedical.staffing.identity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * What svc-identity lets operators tune ({@code staffing.identity.*}). The token's issuer and audience
 * are the starter's {@code staffing.security.issuer} and {@code .audience}, so what this service signs and
 * what every service checks come from one place.
 *
 * @param accessTokenLifetime how long an access token is valid
 * @param sessionLifetime     absolute lifetime of a session: refreshing never extends it
 */
@Validated
@ConfigurationProperties("staffing.identity")
public record IdentityProperties(
        @DefaultValue("15m") Duration accessTokenLifetime,
        @DefaultValue("30d") Duration sessionLifetime,
        @DefaultValue Lockout lockout,
        @DefaultValue Passwords passwords,
        @DefaultValue Keys keys,
        @DefaultValue Mail mail,
        @DefaultValue Verification verification) {

    /**
     * @param maxFailures        failed logins for one email from one address that lock that address out
     *                           of that email
     * @param accountMaxFailures failed logins for one email from all addresses that lock the email
     * @param duration           how long a lock lasts, and the window in which failures are counted
     */
    public record Lockout(@DefaultValue("5") @Min(1) int maxFailures, @DefaultValue("20") @Min(1) int accountMaxFailures,
                          @DefaultValue("15m") Duration duration) {
    }

    /** @param bcryptStrength log2 of bcrypt's work factor; 12 costs ~250 ms here (see the README's benchmark) */
    public record Passwords(@DefaultValue("12") @Min(4) @Max(31) int bcryptStrength) {
    }

    /**
     * @param encryptionKey   base64 of 32 bytes: the AES-256 key that encrypts private signing keys at rest;
     *                        empty = a built-in development key (warned about outside local and test)
     * @param rotationAge     the signing key is replaced when it is older than this
     * @param rotationCheck   how often the age is checked
     */
    public record Keys(@DefaultValue("") String encryptionKey, @DefaultValue("30d") Duration rotationAge,
                       @DefaultValue("1h") Duration rotationCheck) {
    }

    /**
     * @param transport    {@code log} (writes the link to the log) or {@code smtp} (uses {@code spring.mail.*})
     * @param linkBaseUrl  where the frontend serves the verification and reset pages
     * @param logFullLinks log links with their token (local runs only); otherwise the token is masked
     */
    public record Mail(@DefaultValue("log") String transport, @DefaultValue("no-reply@excelmedical.com") String from,
                       @DefaultValue("http://localhost:8080") String linkBaseUrl,
                       @DefaultValue("false") boolean logFullLinks) {
    }

    public record Verification(@DefaultValue("48h") Duration emailTokenLifetime,
                               @DefaultValue("1h") Duration passwordResetTokenLifetime) {
    }
}
