package com.excelmedical.staffing.candidates.applications;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where an application stands: {@code submitted → reviewing → interview → offered → placed}, or
 * {@code rejected} / {@code withdrawn} from any open state. {@code placed}, {@code rejected} and
 * {@code withdrawn} are final.
 */
public enum ApplicationStatus {
    SUBMITTED("submitted"),
    REVIEWING("reviewing"),
    INTERVIEW("interview"),
    OFFERED("offered"),
    PLACED("placed"),
    REJECTED("rejected"),
    WITHDRAWN("withdrawn");

    private final String code;

    ApplicationStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<ApplicationStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(status -> status.code.equals(code)).findFirst();
    }

    public boolean isFinal() {
        return this == PLACED || this == REJECTED || this == WITHDRAWN;
    }

    public boolean isOpen() {
        return !isFinal();
    }

    /** The next step forward of an open application ({@code offered → placed}); none for a final one. */
    public Optional<ApplicationStatus> next() {
        return switch (this) {
            case SUBMITTED -> Optional.of(REVIEWING);
            case REVIEWING -> Optional.of(INTERVIEW);
            case INTERVIEW -> Optional.of(OFFERED);
            case OFFERED -> Optional.of(PLACED);
            default -> Optional.empty();
        };
    }

    /** Whether the workflow allows the move at all (who may make it is {@link Actor}'s concern). */
    public boolean canMoveTo(ApplicationStatus target) {
        if (isFinal()) {
            return false;
        }
        return target == REJECTED || target == WITHDRAWN || next().filter(target::equals).isPresent();
    }
}
