package com.excelmedical.staffing.platform.revocation;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Which access tokens are revoked although still unexpired: the tokens of a revoked session, and those of
 * a user issued before a deactivation, an erasure or a change of roles. Fed from svc-identity's events;
 * asked on every request with a token, so a check is one or two map lookups. Plain Java, so that servlet
 * services and the reactive gateway share it. Entries older than a token's lifetime are dropped by
 * {@link #forgetBefore(Instant)}: every token issued before them has expired.
 */
public final class RevocationList {

    private final Map<String, Instant> sessions = new ConcurrentHashMap<>();
    private final Map<String, UserCutoff> users = new ConcurrentHashMap<>();

    public void revokeSession(String sessionId, Instant at) {
        sessions.merge(sessionId, at, (held, added) -> held.isAfter(added) ? held : added);
    }

    /** Every token of the user issued before {@code at} is refused (deactivation, erasure). */
    public void revokeUser(String userId, Instant at) {
        users.merge(userId, UserCutoff.every(at), UserCutoff::merge);
    }

    /** Every token of the user issued before {@code at} is refused, unless it carries exactly {@code roles}. */
    public void changeRoles(String userId, Instant at, Collection<String> roles) {
        users.merge(userId, UserCutoff.rolesOtherThan(at, Set.copyOf(roles)), UserCutoff::merge);
    }

    /**
     * @param sessionId the token's {@code sid}, or null
     * @param userId    the token's {@code sub}
     * @param issuedAt  the token's {@code iat} (whole seconds), or null
     * @param roles     the token's roles, asked only when the answer depends on them
     */
    public boolean isRevoked(String sessionId, String userId, Instant issuedAt, Supplier<Collection<String>> roles) {
        if (sessionId != null && sessions.containsKey(sessionId)) {
            return true;
        }
        UserCutoff cutoff = users.get(userId);
        return cutoff != null && cutoff.refuses(issuedAt, roles);
    }

    public boolean isEmpty() {
        return sessions.isEmpty() && users.isEmpty();
    }

    public int size() {
        return sessions.size() + users.size();
    }

    /** Drops what no unexpired token can be concerned by any more. */
    public void forgetBefore(Instant limit) {
        sessions.values().removeIf(at -> at.isBefore(limit));
        users.values().removeIf(cutoff -> cutoff.at().isBefore(limit));
    }
}
