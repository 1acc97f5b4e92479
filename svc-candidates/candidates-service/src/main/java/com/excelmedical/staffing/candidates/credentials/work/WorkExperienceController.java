package com.excelmedical.staffing.candidates.credentials.work;

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

/** The candidate's own work history. */
@RestController
@RequestMapping(WorkExperienceController.MINE)
@PreAuthorize("hasRole('candidate')")
class WorkExperienceController {

    static final String MINE = "/candidates/me/work-experience";
    private static final String ONE = "/{experienceId:[0-9a-fA-F-]{36}}";

    private final WorkExperiences experiences;
    private final CredentialOwners owners;
    private final Clock clock;

    WorkExperienceController(WorkExperiences experiences, CredentialOwners owners, Clock clock) {
        this.experiences = experiences;
        this.owners = owners;
        this.clock = clock;
    }

    @GetMapping
    PageResponse<WorkExperienceResponse> mine(CurrentUser user) {
        return PageResponse.whole(experiences.list(owners.reader(user.id())));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<WorkExperienceResponse> create(@Valid @RequestBody WorkExperienceRequest request, CurrentUser user) {
        WorkExperienceDetails details = request.toDetails(LocalDate.now(clock));
        UndeclaredFields.noVersion(request.version());
        WorkExperienceResponse created = experiences.create(owners.writer(user.id()), details);
        return ResponseEntity.created(URI.create(MINE + "/" + created.id())).body(created);
    }

    @GetMapping(ONE)
    WorkExperienceResponse get(@PathVariable UUID experienceId, CurrentUser user) {
        return experiences.get(owners.reader(user.id()), experienceId);
    }

    @PutMapping(ONE)
    @ApiResponse(responseCode = "409", description = "Changed since `version`")
    WorkExperienceResponse update(@PathVariable UUID experienceId, @Valid @RequestBody WorkExperienceRequest request,
                                  CurrentUser user) {
        WorkExperienceDetails details = request.toDetails(LocalDate.now(clock));
        long version = UndeclaredFields.version(request.version());
        return experiences.update(owners.writer(user.id()), experienceId, version, details);
    }

    @DeleteMapping(ONE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID experienceId, CurrentUser user) {
        experiences.delete(owners.writer(user.id()), experienceId);
    }
}
