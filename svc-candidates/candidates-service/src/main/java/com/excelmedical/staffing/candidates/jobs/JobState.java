package com.excelmedical.staffing.candidates.jobs;

import java.util.Arrays;
import java.util.Optional;

/** A job's status as svc-jobs names it; only {@code active} jobs take applications. */
public enum JobState {
    DRAFT("draft"),
    ACTIVE("active"),
    ON_HOLD("on_hold"),
    FILLED("filled"),
    CLOSED("closed"),
    EXPIRED("expired");

    private final String code;

    JobState(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<JobState> fromCode(String code) {
        return Arrays.stream(values()).filter(state -> state.code.equals(code)).findFirst();
    }

    /** Filled, closed and expired jobs are over: their open applications are rejected. */
    public boolean isOver() {
        return this == FILLED || this == CLOSED || this == EXPIRED;
    }
}
