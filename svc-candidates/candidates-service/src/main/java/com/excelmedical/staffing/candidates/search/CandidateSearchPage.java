package com.excelmedical.staffing.candidates.search;

import java.util.List;

/**
 * One page of a candidate search: the platform's page shape ({@code items, page, size, totalItems, totalPages})
 * and whether the total is exact. A search reads at most {@link CandidateSearch#BOUND} candidates (the soonest
 * available that match); when more match, {@code totalItems} is that bound, {@code totalExact} is false, and
 * pages beyond the bound are empty.
 *
 * @param totalExact false when more candidates match than {@code totalItems} says
 */
public record CandidateSearchPage(List<CandidateSummaryResponse> items, int page, int size, long totalItems, long totalPages,
                                  boolean totalExact) {

    public CandidateSearchPage {
        items = List.copyOf(items);
    }
}
