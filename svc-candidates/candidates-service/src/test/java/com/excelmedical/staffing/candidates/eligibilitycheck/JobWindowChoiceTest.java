package com.excelmedical.staffing.candidates.eligibilitycheck;

import com.excelmedical.staffing.candidates.eligibility.JobWindow;
import com.excelmedical.staffing.candidates.jobs.JobTerms;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The days eligibility checks a job over, taken from its dates and today (2026-06-01). */
class JobWindowChoiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    @ParameterizedTest(name = "start {0}, end {1} -> {2} to {3}")
    @CsvSource(nullValues = "-", value = {
            "2026-07-01, 2026-09-30, 2026-07-01, 2026-09-30",  // the job's own dates
            "2026-07-01, -,          2026-07-01, 2026-07-01",  // open-ended: credentials valid on the first day
            "-,          -,          2026-06-01, 2026-06-01",  // no dates at all: today
            "-,          2026-08-31, 2026-06-01, 2026-08-31",  // no start: from today
            "2026-05-01, 2026-08-31, 2026-06-01, 2026-08-31",  // started already: nobody starts in the past
            "2026-04-01, 2026-05-15, 2026-06-01, 2026-06-01",  // over already: today only
    })
    void windowOf(LocalDate start, LocalDate end, LocalDate expectedStart, LocalDate expectedEnd) {
        JobTerms terms = new JobTerms(UUID.randomUUID(), UUID.randomUUID(), "ICU", "travel", "night", null, start, end, null, null);

        assertThat(JobRequirementsReader.window(terms, TODAY)).isEqualTo(new JobWindow(expectedStart, expectedEnd));
    }
}
