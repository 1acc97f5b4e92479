package com.excelmedical.staffing.candidates.credentials.compliance;

import com.excelmedical.staffing.candidates.credentials.CredentialOwners;
import com.excelmedical.staffing.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** The candidate's compliance with their specialty's required certifications; staff see any candidate's. */
@RestController
class ComplianceController {

    private final Compliance compliance;
    private final CredentialOwners owners;

    ComplianceController(Compliance compliance, CredentialOwners owners) {
        this.compliance = compliance;
        this.owners = owners;
    }

    @GetMapping("/candidates/me/compliance")
    @ApiResponse(responseCode = "503", description = "svc-jobs' specialties were never read and cannot be now")
    @PreAuthorize("hasRole('candidate')")
    ComplianceResponse mine(CurrentUser user) {
        return compliance.of(owners.reader(user.id()));
    }

    @GetMapping("/candidates/{candidateId:[0-9a-fA-F-]{36}}/compliance")
    @ApiResponse(responseCode = "503", description = "svc-jobs' specialties were never read and cannot be now")
    @PreAuthorize("hasAnyRole('recruiter', 'admin')")
    ComplianceResponse ofCandidate(@PathVariable UUID candidateId) {
        return compliance.of(owners.existing(candidateId));
    }
}
