package com.excelmedical.staffing.candidates.credentials.certifications;

import com.excelmedical.staffing.candidates.credentials.CredentialOwners;
import com.excelmedical.staffing.candidates.credentials.UndeclaredFields;
import com.excelmedical.staffing.platform.paging.PageResponse;
import com.excelmedical.staffing.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/** The candidate's own certifications, and staff's read of a candidate's. */
@RestController
class CertificationController {

    private static final String MINE = "/candidates/me/certifications";
    private static final String ONE = MINE + "/{certificationId:[0-9a-fA-F-]{36}}";

    private final Certifications certifications;
    private final CredentialOwners owners;
    private final Clock clock;

    CertificationController(Certifications certifications, CredentialOwners owners, Clock clock) {
        this.certifications = certifications;
        this.owners = owners;
        this.clock = clock;
    }

    @GetMapping(MINE)
    @PreAuthorize("hasRole('candidate')")
    PageResponse<CertificationResponse> mine(CurrentUser user) {
        return PageResponse.whole(certifications.list(owners.reader(user.id())));
    }

    @PostMapping(MINE)
    @ResponseStatus(HttpStatus.CREATED)
    @ApiResponse(responseCode = "409", description = "This certification is held already; the answer names it")
    @ApiResponse(responseCode = "422", description = "A certification code svc-jobs does not know")
    @ApiResponse(responseCode = "503", description = "svc-jobs' certifications were never read and cannot be now")
    @PreAuthorize("hasRole('candidate')")
    ResponseEntity<CertificationResponse> create(@Valid @RequestBody CertificationRequest request, CurrentUser user) {
        CertificationDetails details = request.toDetails(LocalDate.now(clock));
        UndeclaredFields.noVersion(request.version());
        CertificationResponse created = certifications.create(owners.writer(user.id()), details);
        return ResponseEntity.created(URI.create(MINE + "/" + created.id())).body(created);
    }

    @GetMapping(ONE)
    @PreAuthorize("hasRole('candidate')")
    CertificationResponse get(@PathVariable UUID certificationId, CurrentUser user) {
        return certifications.get(owners.reader(user.id()), certificationId);
    }

    @PutMapping(ONE)
    @ApiResponse(responseCode = "409", description = "Changed since `version`, or this certification is held already")
    @ApiResponse(responseCode = "422", description = "A certification code svc-jobs does not know")
    @PreAuthorize("hasRole('candidate')")
    CertificationResponse update(@PathVariable UUID certificationId, @Valid @RequestBody CertificationRequest request,
                                 CurrentUser user) {
        CertificationDetails details = request.toDetails(LocalDate.now(clock));
        long version = UndeclaredFields.version(request.version());
        return certifications.update(owners.writer(user.id()), certificationId, version, details);
    }

    @DeleteMapping(ONE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasRole('candidate')")
    void delete(@PathVariable UUID certificationId, CurrentUser user) {
        certifications.delete(owners.writer(user.id()), certificationId);
    }

    @GetMapping("/candidates/{candidateId:[0-9a-fA-F-]{36}}/certifications")
    @PreAuthorize("hasAnyRole('recruiter', 'admin')")
    PageResponse<CertificationResponse> ofCandidate(@PathVariable UUID candidateId) {
        return PageResponse.whole(certifications.list(owners.existing(candidateId)));
    }
}
