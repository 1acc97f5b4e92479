package com.excelmedical.staffing.jobs.search;

import com.excelmedical.staffing.platform.paging.PageResponse;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** A page of job summaries (the platform's page shape) plus facet counts for the same query. */
public record SearchResponse(@JsonUnwrapped PageResponse<JobSummary> page, Facets facets) {
}
