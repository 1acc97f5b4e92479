package com.excelmedical.staffing.candidates.credentials.licenses;

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

/** The candidate's own licenses, and staff's read of a candidate's. */
@RestController
class LicenseController {

    private static final String MINE = "/candidates/me/licenses";
    private static final String ONE = MINE + "/{licenseId:[0-9a-fA-F-]{36}}";

    private final Licenses licenses;
    private final CredentialOwners owners;
    private final Clock clock;

    LicenseController(Licenses licenses, CredentialOwners owners, Clock clock) {
        this.licenses = licenses;
        this.owners = owners;
        this.clock = clock;
    }

    @GetMapping(MINE)
    @PreAuthorize("hasRole('candidate')")
    PageResponse<LicenseResponse> mine(CurrentUser user) {
        return PageResponse.whole(licenses.list(owners.reader(user.id())));
    }

    @PostMapping(MINE)
    @ResponseStatus(HttpStatus.CREATED)
    @ApiResponse(responseCode = "409", description = "A license of this type and state is held already; the answer names it")
    @ApiResponse(responseCode = "422", description = "A multistate license the state does not issue")
    @PreAuthorize("hasRole('candidate')")
    ResponseEntity<LicenseResponse> create(@Valid @RequestBody LicenseRequest request, CurrentUser user) {
        LicenseDetails details = request.toDetails(LocalDate.now(clock));
        UndeclaredFields.noVersion(request.version());
        LicenseResponse created = licenses.create(owners.writer(user.id()), details);
        return ResponseEntity.created(URI.create(MINE + "/" + created.id())).body(created);
    }

    @GetMapping(ONE)
    @PreAuthorize("hasRole('candidate')")
    LicenseResponse get(@PathVariable UUID licenseId, CurrentUser user) {
        return licenses.get(owners.reader(user.id()), licenseId);
    }

    @PutMapping(ONE)
    @ApiResponse(responseCode = "409", description = "Changed since `version`, or a license of this type and state is held already")
    @ApiResponse(responseCode = "422", description = "A multistate license the state does not issue")
    @PreAuthorize("hasRole('candidate')")
    LicenseResponse update(@PathVariable UUID licenseId, @Valid @RequestBody LicenseRequest request, CurrentUser user) {
        LicenseDetails details = request.toDetails(LocalDate.now(clock));
        long version = UndeclaredFields.version(request.version());
        return licenses.update(owners.writer(user.id()), licenseId, version, details);
    }

    @DeleteMapping(ONE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasRole('candidate')")
    void delete(@PathVariable UUID licenseId, CurrentUser user) {
        licenses.delete(owners.writer(user.id()), licenseId);
    }

    @GetMapping("/candidates/{candidateId:[0-9a-fA-F-]{36}}/licenses")
    @PreAuthorize("hasAnyRole('recruiter', 'admin')")
    PageResponse<LicenseResponse> ofCandidate(@PathVariable UUID candidateId) {
        return PageResponse.whole(licenses.list(owners.existing(candidateId)));
    }
}
