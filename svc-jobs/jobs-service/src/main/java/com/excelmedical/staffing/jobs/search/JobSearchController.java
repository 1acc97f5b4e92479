package com.excelmedical.staffing.jobs.search;

import com.excelmedical.staffing.jobs.JobsProperties;
import com.excelmedical.staffing.jobs.masterdata.City;
import com.excelmedical.staffing.jobs.masterdata.MasterData;
import com.excelmedical.staffing.platform.problems.InvalidInputException;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Locale;

/** {@code GET /jobs}: public search over active jobs. */
@RestController
class JobSearchController {

    private final JobSearch search;
    private final MasterData masterData;
    private final int maxResults;

    JobSearchController(JobSearch search, MasterData masterData, JobsProperties properties) {
        this.search = search;
        this.masterData = masterData;
        this.maxResults = properties.search().maxResults();
    }

    @GetMapping("/jobs")
    SearchResponse search(@Valid JobSearchRequest request) {
        int page = request.pageOrDefault();
        int size = request.sizeOrDefault();
        if ((long) (page + 1) * size > maxResults) {
            throw new InvalidInputException("page", "results are served up to the first " + maxResults
                    + "; narrow the search instead of paging deeper");
        }
        if (request.startFrom() != null && request.startTo() != null && request.startTo().isBefore(request.startFrom())) {
            throw new InvalidInputException("startTo", "must not be before startFrom");
        }
        SearchQuery query = new SearchQuery();
        String q = request.q() == null ? "" : request.q().strip();
        if (!q.isEmpty() && search.hasSearchTerms(q)) {
            query.text(q);
        }
        if (request.specialty() != null && masterData.specialty(request.specialty()).isEmpty()) {
            throw new InvalidInputException("specialty", "unknown specialty " + request.specialty());
        }
        if (request.profession() != null && masterData.profession(request.profession()).isEmpty()) {
            throw new InvalidInputException("profession", "unknown profession " + request.profession());
        }
        String state = request.state() == null ? null : request.state().toUpperCase(Locale.ROOT);
        if (state != null && masterData.state(state).isEmpty()) {
            throw new InvalidInputException("state", "unknown state " + request.state());
        }
        if (request.city() != null && masterData.city(request.city()).isEmpty()) {
            throw new InvalidInputException("city", "unknown city " + request.city());
        }
        query.equal("specialty_id", "specialty", request.specialty())
                .equal("profession_id", "profession", request.profession())
                .equal("state_code", "state", state)
                .equal("city_id", "city", request.city())
                .equal("job_type", "jobType", request.jobType())
                .equal("shift", "shift", request.shift())
                .equal("featured", "featured", request.featured())
                .minWeeklyPay(request.minWeeklyPay())
                .startBetween(request.startFrom(), request.startTo());
        if (request.near() != null) {
            City city = masterData.city(request.near()).orElseThrow(() -> new InvalidInputException("near", "unknown city " + request.near()));
            query.near(city, request.radiusOrDefault());
        } else if (request.radiusMiles() != null) {
            throw new InvalidInputException("radiusMiles", "needs near=<city id>");
        }
        return search.search(query, request.sort() == null ? "relevance" : request.sort(), page, size);
    }
}
