package com.excelmedical.staffing.candidates.credentials.compliance;

/**
 * Where a required certification stands: held and valid beyond the warning window ({@code present}, full
 * credit), valid but expiring within it ({@code expiring}, half), past its expiry ({@code expired}) or not
 * held ({@code missing}), no credit.
 */
public enum ComplianceStatus {
    PRESENT("present", 2), EXPIRING("expiring", 1), EXPIRED("expired", 0), MISSING("missing", 0);

    private final String code;
    private final int halfPoints;

    ComplianceStatus(String code, int halfPoints) {
        this.code = code;
        this.halfPoints = halfPoints;
    }

    public String code() {
        return code;
    }

    /** Credit in halves of a requirement: 2 for present, 1 for expiring, 0 otherwise. */
    int halfPoints() {
        return halfPoints;
    }
}
