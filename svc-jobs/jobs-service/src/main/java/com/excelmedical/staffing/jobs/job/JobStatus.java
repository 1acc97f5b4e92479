package com.excelmedical.staffing.jobs.job;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The life of a posting: {@code draft → active → on_hold ⇄ active → filled | closed}; {@code expired} is set
 * only by the system when the end date has passed.
 */
public enum JobStatus {
    DRAFT, ACTIVE, ON_HOLD, FILLED, CLOSED, EXPIRED;

    public String code() {
        return Codes.of(this);
    }

    public static Optional<JobStatus> fromCode(String code) {
        return Codes.parse(JobStatus.class, code);
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

    /** The statuses of a job open for candidates (now or after a hold): they fill up and expire. */
    public static Set<JobStatus> open() {
        return EnumSet.of(ACTIVE, ON_HOLD);
    }

    public boolean isOpen() {
        return open().contains(this);
    }

    /** History: a filled, closed or expired job never changes again. A draft is not open, but not final either. */
    public boolean isFinal() {
        return next().isEmpty();
    }
}
