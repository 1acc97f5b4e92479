package com.excelmedical.staffing.jobs.job;

import java.util.Optional;

/** When the work happens: {@code day}, {@code night}, {@code evening}, {@code rotating}. */
public enum Shift {
    DAY, NIGHT, EVENING, ROTATING;

    public String code() {
        return Codes.of(this);
    }

    public static Optional<Shift> fromCode(String code) {
        return Codes.parse(Shift.class, code);
    }
}
