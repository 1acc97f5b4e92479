package com.excelmedical.staffing.identity.token;

import com.excelmedical.staffing.identity.audit.Audit;
import com.excelmedical.staffing.identity.audit.AuditAction;
import com.excelmedical.staffing.identity.audit.ClientInfo;
import com.excelmedical.staffing.platform.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** An admin rotates the signing key at once (for example after a suspected leak). */
@RestController
class KeyRotationController {

    record RotationResponse(String kid) {
    }

    private final KeyRing keys;
    private final Audit audit;

    KeyRotationController(KeyRing keys, Audit audit) {
        this.keys = keys;
        this.audit = audit;
    }

    @PostMapping("/identity/keys/rotation")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('admin')")
    @Transactional
    public RotationResponse rotate(CurrentUser admin, HttpServletRequest request) {
        String kid = keys.rotate();
        audit.record(AuditAction.SIGNING_KEY_ROTATED, null, admin.id(), ClientInfo.of(request), "new key " + kid);
        return new RotationResponse(kid);
    }
}
