package com.excelmedical.staffing.jobs.search;

import java.util.List;

/** Counts of the matching jobs (all filters applied) by specialty, state and job type, largest first. */
public record Facets(List<Bucket> specialty, List<Bucket> state, List<Bucket> jobType) {

    /** @param value the filter value to send back (specialty id, state code, job type) */
    public record Bucket(String value, String label, long count) {
    }
}
