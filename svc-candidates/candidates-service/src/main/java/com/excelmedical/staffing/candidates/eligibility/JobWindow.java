package com.excelmedical.staffing.candidates.eligibility;

import java.time.LocalDate;
import java.util.Objects;

/** The days of an assignment, first and last day included. */
public record JobWindow(LocalDate start, LocalDate end) {

    public JobWindow {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("an assignment cannot end before it starts");
        }
    }
}
