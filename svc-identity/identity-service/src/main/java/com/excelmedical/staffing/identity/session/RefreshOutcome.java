package com.excelmedical.staffing.identity.session;

/** What presenting a refresh token leads to. */
public enum RefreshOutcome {
    /** the token was current: it is now used, and a new one may be issued */
    ROTATED,
    /** the token had been used before: someone replays it, and the whole session is revoked */
    REUSED,
    /** the session was already revoked (logout, reuse, deactivation, erasure, password change) */
    REVOKED,
    /** the session reached its absolute lifetime */
    EXPIRED
}
