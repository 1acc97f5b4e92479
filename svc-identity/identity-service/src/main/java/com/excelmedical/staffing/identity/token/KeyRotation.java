package com.excelmedical.staffing.identity.token;

import com.excelmedical.staffing.identity.audit.Audit;
import com.excelmedical.staffing.identity.audit.AuditAction;
import com.excelmedical.staffing.identity.web.ClientInfo;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.UUID;

/** An admin's immediate rotation of the signing key (for example after a suspected leak), audited. */
@Service
class KeyRotation {

    private final KeyRing keys;
    private final Audit audit;

    KeyRotation(KeyRing keys, Audit audit) {
        this.keys = keys;
        this.audit = audit;
    }

    @Transactional
    String rotate(UUID adminId, ClientInfo client) {
        String kid = keys.rotate();
        audit.record(AuditAction.SIGNING_KEY_ROTATED, null, adminId, client, "new key " + kid);
        return kid;
    }
}
