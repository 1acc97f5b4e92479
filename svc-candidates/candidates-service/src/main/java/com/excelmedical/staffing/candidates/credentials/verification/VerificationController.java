package com.excelmedical.staffing.candidates.credentials.verification;

import com.excelmedical.staffing.candidates.credentials.CredentialKind;
import com.excelmedical.staffing.candidates.credentials.Verification;
import com.excelmedical.staffing.candidates.credentials.VerificationMethod;
import com.excelmedical.staffing.platform.security.CurrentUser;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Recruiters and admins verify a candidate's license or certification, or take the verification back. */
@RestController
@RequestMapping("/candidates/{candidateId:[0-9a-fA-F-]{36}}")
@PreAuthorize("hasAnyRole('recruiter', 'admin')")
class VerificationController {

    private static final String LICENSE = "/licenses/{licenseId:[0-9a-fA-F-]{36}}/verification";
    private static final String CERTIFICATION = "/certifications/{certificationId:[0-9a-fA-F-]{36}}/verification";

    private final Verifications verifications;
    private final Clock clock;

    VerificationController(Verifications verifications, Clock clock) {
        this.verifications = verifications;
        this.clock = clock;
    }

    @PostMapping(LICENSE)
    VerificationResponse verifyLicense(@PathVariable UUID candidateId, @PathVariable UUID licenseId,
                                       @Valid @RequestBody VerificationRequest request, CurrentUser user) {
        return verify(CredentialKind.LICENSE, candidateId, licenseId, request, user);
    }

    @DeleteMapping(LICENSE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unverifyLicense(@PathVariable UUID candidateId, @PathVariable UUID licenseId) {
        verifications.remove(CredentialKind.LICENSE, candidateId, licenseId, clock.instant());
    }

    @PostMapping(CERTIFICATION)
    VerificationResponse verifyCertification(@PathVariable UUID candidateId, @PathVariable UUID certificationId,
                                             @Valid @RequestBody VerificationRequest request, CurrentUser user) {
        return verify(CredentialKind.CERTIFICATION, candidateId, certificationId, request, user);
    }

    @DeleteMapping(CERTIFICATION)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unverifyCertification(@PathVariable UUID candidateId, @PathVariable UUID certificationId) {
        verifications.remove(CredentialKind.CERTIFICATION, candidateId, certificationId, clock.instant());
    }

    private VerificationResponse verify(CredentialKind kind, UUID candidateId, UUID credentialId, VerificationRequest request,
                                        CurrentUser user) {
        request.refuseUndeclared();
        Verification verification = new Verification(user.id(), clock.instant().truncatedTo(ChronoUnit.MICROS), VerificationMethod.valueOf(request.method()));
        return verifications.verify(kind, candidateId, credentialId, verification);
    }
}
