package com.excelmedical.staffing.jobs.job;

import org.springframework.web.bind.annotation.ResponseStatus;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import com.excelmedical.staffing.platform.problems.InvalidInputException;
import com.excelmedical.staffing.platform.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.UUID;

@RestController
@RequestMapping("/jobs")
class JobController {

    /**
     * A job's id in every route: a segment that is not UUID-shaped matches no route (404), rather than
     * matching another method's route and answering 405; {@code /jobs/imports} and the like stay distinct.
     */
    private static final String JOB_ID = "/{jobId:[0-9a-fA-F-]{36}}";

    private final JobService service;

    JobController(JobService service) {
        this.service = service;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('recruiter', 'admin')")
    ResponseEntity<JobResponse> create(@Valid @RequestBody JobRequest request, CurrentUser user) {
        JobResponse job = service.create(request, user);
        return ResponseEntity.created(URI.create("/jobs/" + job.id())).body(job);
    }

    @GetMapping(JOB_ID)
    JobResponse get(@PathVariable UUID jobId) {
        return service.view(jobId, CurrentUser.current());
    }

    @PutMapping(JOB_ID)
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "409", description = "The job changed since the version sent, or cannot be edited in its status")
    @PreAuthorize("hasAnyRole('recruiter', 'admin')")
    JobResponse replace(@PathVariable UUID jobId, @Valid @RequestBody JobRequest request, CurrentUser user) {
        return service.replace(jobId, request, user);
    }

    @PostMapping(JOB_ID + "/status")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "409", description = "The job cannot move from its status to this one")
    @PreAuthorize("hasAnyRole('recruiter', 'admin')")
    JobResponse changeStatus(@PathVariable UUID jobId, @Valid @RequestBody StatusRequest request, CurrentUser user) {
        JobStatus target = JobStatus.fromCode(request.status())
                .filter(status -> status != JobStatus.DRAFT && status != JobStatus.EXPIRED)
                .orElseThrow(() -> new InvalidInputException("status", "must be active, on_hold, filled or closed"));
        return service.changeStatus(jobId, target, user);
    }

    record StatusRequest(@NotBlank String status) {
    }
}
