package com.excelmedical.staffing.candidates.eligibilitycheck;

import com.excelmedical.staffing.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** The signed-in candidate's eligibility for a job, from their own credentials only. */
@RestController
@RequestMapping("/candidates/me/eligibility")
@PreAuthorize("hasRole('candidate')")
class EligibilityController {

    private final EligibilityChecks checks;

    EligibilityController(EligibilityChecks checks) {
        this.checks = checks;
    }

    @GetMapping("/{jobId}")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "This service knows no such job")
    @ApiResponse(responseCode = "422", description = "The job's details (profession, specialty, dates) are not known yet")
    @ApiResponse(responseCode = "503", description = "svc-jobs' reference data was never read; Retry-After says when to try again")
    JobEligibilityResponse check(@PathVariable UUID jobId, CurrentUser user) {
        return JobEligibilityResponse.of(jobId, checks.check(user.id(), jobId));
    }
}
