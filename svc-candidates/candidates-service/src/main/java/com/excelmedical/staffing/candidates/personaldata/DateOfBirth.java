package com.excelmedical.staffing.candidates.personaldata;

import java.time.LocalDate;

/**
 * A candidate's date of birth. Shown to the candidate fully masked ({@value #MASK}): with the name it is
 * the key to a person's identity, and the candidate knows it anyway. {@link #toString()} is masked too.
 */
public record DateOfBirth(LocalDate value) {

    static final String MASK = "****-**-**";
    static final int MIN_AGE = 16;
    static final int MAX_AGE = 100;

    public DateOfBirth {
        if (value == null) {
            throw new IllegalArgumentException("a date of birth needs a date");
        }
    }

    /** Why {@code date} is no plausible date of birth of a candidate on {@code today}, or null. */
    static String problem(LocalDate date, LocalDate today) {
        if (!date.isBefore(today)) {
            return "must be a date in the past";
        }
        if (date.isAfter(today.minusYears(MIN_AGE))) {
            return "must be at least " + MIN_AGE + " years ago";
        }
        if (date.isBefore(today.minusYears(MAX_AGE))) {
            return "must be at most " + MAX_AGE + " years ago";
        }
        return null;
    }

    public String masked() {
        return MASK;
    }

    @Override
    public String toString() {
        return MASK;
    }
}
