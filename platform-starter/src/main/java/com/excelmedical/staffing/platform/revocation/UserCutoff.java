package com.excelmedical.staffing.platform.revocation;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The tokens of one user issued before {@code at} are refused. A token's {@code iat} has whole seconds,
 * so a token of the same second as the change may come from before or after it: it is refused too, unless
 * the change was of roles and the token carries exactly the new ones (then it was issued after the change,
 * or grants nothing the user lacks now).
 *
 * @param roles the roles after the change; null when no token issued before {@code at} may pass
 */
record UserCutoff(Instant at, Set<String> roles) {

    static UserCutoff every(Instant at) {
        return new UserCutoff(at, null);
    }

    static UserCutoff rolesOtherThan(Instant at, Set<String> roles) {
        return new UserCutoff(at, roles);
    }

    boolean refuses(Instant issuedAt, Supplier<Collection<String>> tokenRoles) {
        if (issuedAt == null) {
            return true;
        }
        Instant second = at.truncatedTo(ChronoUnit.SECONDS);
        if (issuedAt.isBefore(second)) {
            return true;
        }
        if (issuedAt.isAfter(second)) {
            return false;
        }
        Collection<String> carried = tokenRoles.get();
        return roles == null || carried == null || !roles.equals(Set.copyOf(carried));
    }

    /** The later cutoff wins; within one second, refusing every token wins over a change of roles. */
    UserCutoff merge(UserCutoff other) {
        UserCutoff later = other.at.isAfter(at) ? other : this;
        boolean sameSecond = at.truncatedTo(ChronoUnit.SECONDS).equals(other.at.truncatedTo(ChronoUnit.SECONDS));
        if (sameSecond && (roles == null || other.roles == null)) {
            return every(later.at);
        }
        return later;
    }
}
