package com.excelmedical.staffing.candidates.search;

import java.util.Optional;

/** The order of a candidate search: by relevance to the text (only with {@code q}), or soonest available first. */
enum SearchSort {
    RELEVANCE("relevance"),
    AVAILABILITY("availability");

    private final String code;

    SearchSort(String code) {
        this.code = code;
    }

    static Optional<SearchSort> fromCode(String code) {
        for (SearchSort sort : values()) {
            if (sort.code.equals(code)) {
                return Optional.of(sort);
            }
        }
        return Optional.empty();
    }
}
