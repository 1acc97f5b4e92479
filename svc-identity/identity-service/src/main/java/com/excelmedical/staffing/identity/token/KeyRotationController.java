package com.excelmedical.staffing.identity.token;

import com.excelmedical.staffing.identity.web.ClientInfo;
import com.excelmedical.staffing.platform.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class KeyRotationController {

    record RotationResponse(String kid) {
    }

    private final KeyRotation rotation;

    KeyRotationController(KeyRotation rotation) {
        this.rotation = rotation;
    }

    /** Retires the signing key now; it stays published until the tokens it signed have expired. */
    @PostMapping("/identity/keys/rotation")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('admin')")
    RotationResponse rotate(CurrentUser admin, HttpServletRequest http) {
        return new RotationResponse(rotation.rotate(admin.id(), ClientInfo.of(http)));
    }
}
