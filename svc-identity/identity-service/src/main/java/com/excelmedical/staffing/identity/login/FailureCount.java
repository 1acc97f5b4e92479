package com.excelmedical.staffing.identity.login;

import java.time.Duration;
import java.time.Instant;

/**
 * Failed logins counted since {@code countingSince}, or a lock until {@code lockedUntil}. A count older
 * than the window, or a lock that has ended, starts afresh at the next failure.
 */
record FailureCount(int failures, Instant countingSince, Instant lockedUntil) {

    static FailureCount none(Instant now) {
        return new FailureCount(0, now, null);
    }

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    Duration retryAfter(Instant now) {
        return isLockedAt(now) ? Duration.between(now, lockedUntil) : Duration.ZERO;
    }

    /** The count after one more failure at {@code now}: locked for the window when it reaches the threshold. */
    FailureCount plusFailure(Instant now, int threshold, Duration window) {
        if (isLockedAt(now)) {
            return this;
        }
        boolean stale = lockedUntil != null || !now.isBefore(countingSince.plus(window));
        FailureCount base = stale ? none(now) : this;
        int failures = base.failures() + 1;
        return failures >= threshold
                ? new FailureCount(0, now, now.plus(window))
                : new FailureCount(failures, base.countingSince(), null);
    }

    /** When this row no longer matters: the lock or the counting window has ended. */
    Instant expiresAt(Duration window) {
        return lockedUntil != null ? lockedUntil : countingSince.plus(window);
    }
}
