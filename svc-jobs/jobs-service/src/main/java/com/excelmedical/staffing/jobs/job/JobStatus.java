package com.excelmedical.staffing.jobs.job;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The life of a posting: {@code draft → active → on_hold ⇄ active → filled | closed}; {@code expired} is set
 * only by the system when the end date has passed.
 */
public enum JobStatus {
    DRAFT, ACTIVE, ON_HOLD, FILLED, CLOSED, EXPIRED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<JobStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(status -> status.code().equals(code)).findFirst();
    }

    /** Where a recruiter may move a job from this status. */
    public Set<JobStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(ACTIVE, CLOSED);
            case ACTIVE -> EnumSet.of(ON_HOLD, FILLED, CLOSED);
            case ON_HOLD -> EnumSet.of(ACTIVE, FILLED, CLOSED);
            case FILLED, CLOSED, EXPIRED -> EnumSet.noneOf(JobStatus.class);
        };
    }

    public boolean canMoveTo(JobStatus target) {
        return next().contains(target);
    }

    /** Still open for candidates (now or after a hold). */
    public boolean isOpen() {
        return this == ACTIVE || this == ON_HOLD;
    }
}
