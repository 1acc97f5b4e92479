package com.excelmedical.staffing.candidates.accounts;

/** Whether a candidate may still act: a deactivated or erased candidate cannot apply. */
public enum CandidateStatus {
    ACTIVE, DEACTIVATED, ERASED;

    public boolean canApply() {
        return this == ACTIVE;
    }
}
