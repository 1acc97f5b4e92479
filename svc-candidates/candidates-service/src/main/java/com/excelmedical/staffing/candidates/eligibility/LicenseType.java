package com.excelmedical.staffing.candidates.eligibility;

/**
 * The kind of professional license. The Nurse Licensure Compact covers registered nurses and licensed
 * practical or vocational nurses only, so only those can hold a multistate license.
 */
public enum LicenseType {
    RN(true),
    LPN(true),
    APRN(false),
    OTHER(false);

    private final boolean coveredByCompact;

    LicenseType(boolean coveredByCompact) {
        this.coveredByCompact = coveredByCompact;
    }

    public boolean coveredByCompact() {
        return coveredByCompact;
    }
}
