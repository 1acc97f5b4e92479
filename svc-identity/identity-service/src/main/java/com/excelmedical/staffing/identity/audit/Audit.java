package com.excelmedical.staffing.identity.audit;

import com.excelmedical.staffing.identity.web.ClientInfo;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.UUID;

/**
 * Writes the audit log in the caller's transaction. Callers pass ids, addresses and short fixed
 * details; never a password, a token or anything derived from one.
 */
@Service
public class Audit {

    private final AuditEntryRepository entries;
    private final Clock clock;

    Audit(AuditEntryRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /**
     * @param userId  the account concerned (null when unknown, e.g. a login for an unknown email)
     * @param actorId who did it (the user themselves, an admin, or null for the system)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditAction action, UUID userId, UUID actorId, ClientInfo client, String detail) {
        entries.save(new AuditEntry(clock.instant(), action, userId, actorId, client, detail));
    }
}
