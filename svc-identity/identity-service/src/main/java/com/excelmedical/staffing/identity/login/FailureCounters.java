package com.excelmedical.staffing.identity.login;

import java.time.Instant;
import java.util.List;

/** Where failed logins are counted, per subject (an email's hash) and source (an address, or all). */
interface FailureCounters {

    /** The counts of the given sources; absent ones are left out. */
    List<FailureCount> find(String subject, List<String> sources);

    /** The count of one source, locked for the rest of the transaction; a fresh one when absent. */
    FailureCount lock(String subject, String source, Instant now);

    void save(String subject, String source, FailureCount count, Instant expiresAt);

    void clear(String subject, String source);

    void clearAll(String subject);

    /** Forgets counts whose lock and window have both ended. */
    void purgeExpired(Instant now);
}
