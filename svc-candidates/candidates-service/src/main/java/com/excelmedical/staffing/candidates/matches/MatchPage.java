package com.excelmedical.staffing.candidates.matches;

import java.util.List;

/** One page of scored jobs and how many the whole list holds. */
record MatchPage(List<ScoredJob> items, long total) {

    MatchPage {
        items = List.copyOf(items);
    }
}
