package com.excelmedical.staffing.identity.login;

import com.excelmedical.staffing.identity.IdentityProperties;
import com.excelmedical.staffing.identity.account.Emails;
import com.excelmedical.staffing.identity.web.ClientInfo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Lockout by email, whether or not it has an account, so that the answers never tell the two apart.
 * Failures are counted per email and source address (a low threshold: one address cannot guess on) and
 * per email over all addresses (a higher one: many addresses together cannot guess on either). The
 * owner at another address still gets in while only the first applies; a password reset lifts both.
 * Why this shape: docs/adr/0008.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class LoginThrottle {

    static final String ALL_SOURCES = "*";
    private static final String UNKNOWN_SOURCE = "unknown";

    private final FailureCounters counters;
    private final LockoutPolicy policy;

    @Autowired
    LoginThrottle(FailureCounters counters, IdentityProperties properties) {
        this(counters, new LockoutPolicy(properties.lockout().maxFailures(), properties.lockout().accountMaxFailures(),
                properties.lockout().duration()));
    }

    LoginThrottle(FailureCounters counters, LockoutPolicy policy) {
        this.counters = counters;
        this.policy = policy;
    }

    /** How long logins for this email from this client are still refused; empty when they are not. */
    Optional<Duration> refusal(String email, ClientInfo client, Instant now) {
        return longestLock(counters.find(subject(email), List.of(ALL_SOURCES, source(client))).stream(), now);
    }

    /** Counts a failure; returns how long the email is now refused when this failure locked it. */
    Optional<Duration> recordFailure(String email, ClientInfo client, Instant now) {
        counters.purgeExpired(now);
        String subject = subject(email);
        FailureCount account = count(subject, ALL_SOURCES, policy.maxFailuresPerAccount(), now);
        FailureCount pair = count(subject, source(client), policy.maxFailuresPerAddress(), now);
        return longestLock(Stream.of(account, pair), now);
    }

    /** A successful login clears the count of its address; the account-wide count runs out by itself. */
    void recordSuccess(String email, ClientInfo client) {
        counters.clear(subject(email), source(client));
    }

    /** Lifts every lock and count of the email: the owner has proved it by a password reset. */
    public void unlock(String email) {
        counters.clearAll(subject(email));
    }

    private FailureCount count(String subject, String source, int threshold, Instant now) {
        FailureCount next = counters.lock(subject, source, now).plusFailure(now, threshold, policy.duration());
        counters.save(subject, source, next, next.expiresAt(policy.duration()));
        return next;
    }

    private static Optional<Duration> longestLock(Stream<FailureCount> counts, Instant now) {
        return counts.filter(count -> count.isLockedAt(now)).map(count -> count.retryAfter(now))
                .max(Comparator.naturalOrder());
    }

    private static String source(ClientInfo client) {
        return client.ipAddress() == null ? UNKNOWN_SOURCE : client.ipAddress();
    }

    /** The email as SHA-256: the table keeps no address someone merely typed. */
    static String subject(String email) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(Emails.normalize(email).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
