package com.excelmedical.staffing.candidates.eligibility;

import java.util.List;

/** Whether the candidate is eligible, and every reason they are not (none when eligible). */
public record EligibilityResult(boolean eligible, List<IneligibilityReason> reasons) {

    public EligibilityResult {
        reasons = List.copyOf(reasons);
        if (eligible != reasons.isEmpty()) {
            throw new IllegalArgumentException("eligible exactly when there is no reason against");
        }
    }

    static EligibilityResult of(List<IneligibilityReason> reasons) {
        return new EligibilityResult(reasons.isEmpty(), reasons);
    }

    /** The reasons as the API shows them, in order: licenses first, then certifications as the job lists them. */
    public List<String> reasonCodes() {
        return reasons.stream().map(IneligibilityReason::toString).toList();
    }
}
