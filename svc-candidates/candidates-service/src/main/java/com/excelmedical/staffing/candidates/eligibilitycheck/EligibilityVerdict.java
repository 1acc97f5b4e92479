package com.excelmedical.staffing.candidates.eligibilitycheck;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** Whether a candidate was eligible for a job when {@code checkedAt}, with every reason against (none when eligible). */
public record EligibilityVerdict(boolean eligible, List<EligibilityReason> reasons, Instant checkedAt) {

    public EligibilityVerdict {
        reasons = List.copyOf(reasons);
        Objects.requireNonNull(checkedAt, "checkedAt");
        if (eligible != reasons.isEmpty()) {
            throw new IllegalArgumentException("eligible exactly when there is no reason against");
        }
    }
}
