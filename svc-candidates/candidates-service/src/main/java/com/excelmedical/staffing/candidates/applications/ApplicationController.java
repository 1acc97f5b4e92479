package com.excelmedical.staffing.candidates.applications;

import com.excelmedical.staffing.candidates.applications.idempotency.IdempotencyKey;
import com.excelmedical.staffing.platform.paging.PageQuery;
import com.excelmedical.staffing.platform.paging.PageResponse;
import com.excelmedical.staffing.platform.problems.InvalidInputException;
import com.excelmedical.staffing.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.Optional;
import java.util.UUID;

@RestController
@RequestMapping("/candidates/applications")
class ApplicationController {

    /** An application's id in every route: a segment that is not UUID-shaped matches no route (404). */
    private static final String APPLICATION_ID = "/{applicationId:[0-9a-fA-F-]{36}}";

    private final ApplicationService service;
    private final ApplicationQueries queries;

    ApplicationController(ApplicationService service, ApplicationQueries queries) {
        this.service = service;
        this.queries = queries;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @ApiResponse(responseCode = "404", description = "The job does not exist")
    @ApiResponse(responseCode = "409", description = "The candidate already applied to this job; the answer names the application")
    @ApiResponse(responseCode = "422", description = "The job is not open, or the Idempotency-Key came with another request")
    @ApiResponse(responseCode = "503", description = "The job cannot be checked now; Retry-After says when to try again")
    @PreAuthorize("hasRole('candidate')")
    ResponseEntity<ApplicationResponse> apply(@Valid @RequestBody ApplyRequest request,
                                              @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
                                              CurrentUser user) {
        Optional<IdempotencyKey> key = Optional.ofNullable(idempotencyKey).map(value -> {
            if (!IdempotencyKey.isWellFormed(value)) {
                throw new InvalidInputException("Idempotency-Key", "must be 1 to " + IdempotencyKey.MAX_LENGTH
                        + " visible ASCII characters");
            }
            return new IdempotencyKey(user.id(), value, request.hash());
        });
        ApplicationResponse application = service.apply(user.id(), request, key).application();
        return ResponseEntity.created(URI.create("/candidates/applications/" + application.id())).body(application);
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('candidate', 'recruiter', 'admin')")
    PageResponse<ApplicationSummaryResponse> list(@RequestParam(required = false) UUID jobId,
                                                  @RequestParam(required = false) String status,
                                                  @RequestParam(required = false) UUID candidateId,
                                                  PageQuery page, CurrentUser user) {
        Viewer viewer = Viewer.of(user);
        if (!viewer.isStaff() && candidateId != null && !candidateId.equals(viewer.id())) {
            throw new InvalidInputException("candidateId", "only recruiters and admins list other candidates' applications");
        }
        ApplicationStatus wanted = status == null ? null : ApplicationStatus.fromCode(status)
                .orElseThrow(() -> new InvalidInputException("status", "must be one of submitted, reviewing, interview, "
                        + "offered, placed, rejected, withdrawn"));
        UUID candidate = viewer.isStaff() ? candidateId : viewer.id();
        return queries.list(new ApplicationFilter(candidate, jobId, wanted), page);
    }

    @GetMapping(APPLICATION_ID)
    @PreAuthorize("hasAnyRole('candidate', 'recruiter', 'admin')")
    ApplicationResponse get(@PathVariable UUID applicationId, CurrentUser user) {
        return service.get(applicationId, Viewer.of(user));
    }

    @GetMapping(APPLICATION_ID + "/history")
    @PreAuthorize("hasAnyRole('candidate', 'recruiter', 'admin')")
    PageResponse<StatusChangeResponse> history(@PathVariable UUID applicationId, CurrentUser user) {
        return PageResponse.whole(service.history(applicationId, Viewer.of(user)));
    }

    @PostMapping(APPLICATION_ID + "/status")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "409", description = "The workflow does not allow this move, or the application changed meanwhile")
    @PreAuthorize("hasAnyRole('candidate', 'recruiter', 'admin')")
    ApplicationResponse move(@PathVariable UUID applicationId, @Valid @RequestBody StatusRequest request, CurrentUser user) {
        ApplicationStatus target = ApplicationStatus.fromCode(request.status())
                .filter(status -> status != ApplicationStatus.SUBMITTED)
                .orElseThrow(() -> new InvalidInputException("status", "must be reviewing, interview, offered, placed, "
                        + "rejected or withdrawn"));
        if (target == ApplicationStatus.REJECTED && (request.reason() == null || request.reason().isBlank())) {
            throw new InvalidInputException("reason", "is required to reject an application");
        }
        return service.move(applicationId, target, request, Viewer.of(user));
    }
}
