package com.excelmedical.staffing.jobs.search;

import com.excelmedical.staffing.jobs.JobsProperties;
import com.excelmedical.staffing.platform.paging.PageQuery;
import com.excelmedical.staffing.platform.problems.InvalidInputException;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /jobs}: public search over active jobs. */
@RestController
class JobSearchController {

    private final JobSearch search;
    private final SearchQueries queries;
    private final int maxResults;

    JobSearchController(JobSearch search, SearchQueries queries, JobsProperties properties) {
        this.search = search;
        this.queries = queries;
        this.maxResults = properties.search().maxResults();
    }

    @GetMapping("/jobs")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "503", description = "Too many searches at once; try again after Retry-After")
    SearchResponse search(@ParameterObject @Valid JobSearchRequest request) {
        PageQuery page = request.pageQuery();
        if (page.offset() + page.size() > maxResults) {
            throw new InvalidInputException("page", "results are served up to the first " + maxResults
                    + "; narrow the search instead of paging deeper");
        }
        if (request.startFrom() != null && request.startTo() != null && request.startTo().isBefore(request.startFrom())) {
            throw new InvalidInputException("startTo", "must not be before startFrom");
        }
        SearchQuery query = queries.build(request);
        return search.search(query, request.sort() == null ? "relevance" : request.sort(), page);
    }
}
