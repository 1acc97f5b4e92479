package com.excelmedical.staffing.jobs.search;

import java.util.List;

/** A page of job summaries plus facet counts for the same query. */
public record SearchResponse(List<JobSummary> items, int page, int size, long totalItems, int totalPages, Facets facets) {
}
