package com.excelmedical.staffing.candidates.eligibility;

/** Where a license or certification stands; only an active one can make a candidate eligible. */
public enum CredentialStatus {
    ACTIVE,
    PENDING,
    EXPIRED;

    public boolean isActive() {
        return this == ACTIVE;
    }
}
