package com.excelmedical.staffing.candidates.credentials.education;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/** The candidate's own education. */
@RestController
@RequestMapping(EducationController.MINE)
@PreAuthorize("hasRole('candidate')")
class EducationController {

    static final String MINE = "/candidates/me/education";
    private static final String ONE = "/{educationId:[0-9a-fA-F-]{36}}";

    private final EducationHistory educations;
    private final CredentialOwners owners;
    private final Clock clock;

    EducationController(EducationHistory educations, CredentialOwners owners, Clock clock) {
        this.educations = educations;
        this.owners = owners;
        this.clock = clock;
    }

    @GetMapping
    PageResponse<EducationResponse> mine(CurrentUser user) {
        return PageResponse.whole(educations.list(owners.reader(user.id())));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<EducationResponse> create(@Valid @RequestBody EducationRequest request, CurrentUser user) {
        EducationDetails details = request.toDetails(LocalDate.now(clock));
        UndeclaredFields.noVersion(request.version());
        EducationResponse created = educations.create(owners.writer(user.id()), details);
        return ResponseEntity.created(URI.create(MINE + "/" + created.id())).body(created);
    }

    @GetMapping(ONE)
    EducationResponse get(@PathVariable UUID educationId, CurrentUser user) {
        return educations.get(owners.reader(user.id()), educationId);
    }

    @PutMapping(ONE)
    @ApiResponse(responseCode = "409", description = "Changed since `version`")
    EducationResponse update(@PathVariable UUID educationId, @Valid @RequestBody EducationRequest request,
                                  CurrentUser user) {
        EducationDetails details = request.toDetails(LocalDate.now(clock));
        long version = UndeclaredFields.version(request.version());
        return educations.update(owners.writer(user.id()), educationId, version, details);
    }

    @DeleteMapping(ONE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID educationId, CurrentUser user) {
        educations.delete(owners.writer(user.id()), educationId);
    }
}
