package com.excelmedical.staffing.candidates.search;

import com.excelmedical.staffing.candidates.eligibility.JobRequirements;
import com.excelmedical.staffing.candidates.eligibility.StateCode;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A checked candidate search: every value known to be well-formed and, for codes, known to the platform.
 *
 * @param text        the words to look for, null for none (a text of stop words alone counts as none)
 * @param licensedIn  a state where the candidate holds an active license valid {@code today}, directly or
 *                    through the Nurse Licensure Compact
 * @param availableBy candidates who stated they are available on or before this day (unknown availability
 *                    does not match)
 * @param eligibleFor what a job asks: a license for its state valid on the first day, each certification
 *                    of its specialty valid through the last day
 * @param today       the day licenses must be valid on for {@code licensedIn}
 */
record SearchCriteria(String text, String specialty, StateCode state, StateCode licensedIn, LocalDate availableBy,
                      Optional<JobRequirements> eligibleFor, SearchSort sort, LocalDate today) {

    /** Relevance needs words to be relevant to: without them the order is by availability. */
    boolean byRelevance() {
        return text != null && sort == SearchSort.RELEVANCE;
    }

    /** The same search without words: every candidate the filters let through, by availability. */
    SearchCriteria withoutText() {
        return new SearchCriteria(null, specialty, state, licensedIn, availableBy, eligibleFor, sort, today);
    }
}
