package com.excelmedical.staffing.candidates.matches;

import com.excelmedical.staffing.platform.paging.PageQuery;
import com.excelmedical.staffing.platform.paging.PageResponse;
import com.excelmedical.staffing.platform.problems.InvalidInputException;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** The signed-in candidate's job matches, swipes and saved jobs (the token's subject is the candidate id). */
@RestController
@RequestMapping("/candidates/me")
@PreAuthorize("hasRole('candidate')")
class MatchController {

    private final MatchService matches;

    MatchController(MatchService matches) {
        this.matches = matches;
    }

    @GetMapping("/matches")
    PageResponse<MatchResponse> matches(PageQuery page, CurrentUser user) {
        return matches.matches(user.id(), page);
    }

    @PostMapping("/swipes")
    @ApiResponse(responseCode = "200", description = "The swipe replaced the candidate's earlier one on this job", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "201", description = "The candidate's first swipe on this job", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "403", description = "The account is deactivated or erased")
    @ApiResponse(responseCode = "404", description = "The service knows no such job")
    @ApiResponse(responseCode = "422", description = "The job is not active")
    ResponseEntity<SwipeResponse> swipe(@Valid @RequestBody SwipeRequest request, CurrentUser user) {
        if (request.unknown() != null && !request.unknown().isEmpty()) {
            String field = request.unknown().keySet().stream().sorted().findFirst().orElseThrow();
            throw new InvalidInputException(field.length() > 60 ? field.substring(0, 60) : field, "is not a field of a swipe");
        }
        MatchService.SwipeOutcome outcome = matches.swipe(user.id(), request.jobId(), request.swipeAction());
        return ResponseEntity.status(outcome.created() ? HttpStatus.CREATED : HttpStatus.OK).body(outcome.swipe());
    }

    @DeleteMapping("/swipes/{jobId:[0-9a-fA-F-]{36}}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unswipe(@PathVariable UUID jobId, CurrentUser user) {
        matches.unswipe(user.id(), jobId);
    }

    @GetMapping("/saved")
    PageResponse<SavedJobResponse> saved(PageQuery page, CurrentUser user) {
        return matches.saved(user.id(), page);
    }
}
