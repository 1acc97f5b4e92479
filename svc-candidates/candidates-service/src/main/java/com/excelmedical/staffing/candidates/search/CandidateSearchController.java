package com.excelmedical.staffing.candidates.search;

import com.excelmedical.staffing.candidates.eligibility.JobRequirements;
import com.excelmedical.staffing.candidates.eligibility.StateCode;
import com.excelmedical.staffing.candidates.reference.ReferenceData;
import com.excelmedical.staffing.candidates.reference.Specialty;
import com.excelmedical.staffing.platform.paging.PageQuery;
import com.excelmedical.staffing.platform.problems.InvalidInputException;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** {@code GET /candidates}: recruiters and admins search candidates by text, profile, licenses and job eligibility. */
@RestController
class CandidateSearchController {

    static final int MAX_TEXT_LENGTH = 200;

    private final CandidateSearch search;
    private final EligibleForJob jobs;
    private final ReferenceData reference;
    private final Clock clock;

    CandidateSearchController(CandidateSearch search, EligibleForJob jobs, ReferenceData reference, Clock clock) {
        this.search = search;
        this.jobs = jobs;
        this.reference = reference;
        this.clock = clock;
    }

    @GetMapping("/candidates")
    @PreAuthorize("hasAnyRole('recruiter', 'admin')")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "eligibleFor names a job this service does not know")
    @ApiResponse(responseCode = "422", description = "eligibleFor names a job whose state or specialty is not known yet")
    CandidateSearchPage search(@RequestParam(required = false) String q,
                                                  @RequestParam(required = false) String specialty,
                                                  @RequestParam(required = false) String state,
                                                  @RequestParam(required = false) String licensedIn,
                                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                                  LocalDate availableBy,
                                                  @RequestParam(required = false) UUID eligibleFor,
                                                  @RequestParam(required = false) String sort,
                                                  PageQuery page) {
        LocalDate today = LocalDate.now(clock);
        SearchSort order = sort == null ? SearchSort.RELEVANCE : SearchSort.fromCode(sort)
                .orElseThrow(() -> new InvalidInputException("sort", "must be relevance or availability"));
        Optional<JobRequirements> job = Optional.ofNullable(eligibleFor).map(id -> jobs.requirements(id, today));
        SearchCriteria criteria = new SearchCriteria(text(q), specialty(specialty), state("state", state),
                state("licensedIn", licensedIn), availableBy, job, order, today);
        return search.search(criteria, page);
    }

    private static String text(String q) {
        if (q == null || q.isBlank()) {
            return null;
        }
        if (q.length() > MAX_TEXT_LENGTH) {
            throw new InvalidInputException("q", "must be at most " + MAX_TEXT_LENGTH + " characters");
        }
        return q.strip();
    }

    private String specialty(String code) {
        if (code == null) {
            return null;
        }
        return reference.specialtyByCode(code).map(Specialty::code)
                .orElseThrow(() -> new InvalidInputException("specialty", "must be a specialty code svc-jobs knows (ICU, ER, ...)"));
    }

    private static StateCode state(String name, String code) {
        if (code == null) {
            return null;
        }
        if (!StateCode.isKnown(code)) {
            throw new InvalidInputException(name, "must be a two-letter US state code (TX)");
        }
        return StateCode.of(code);
    }
}
