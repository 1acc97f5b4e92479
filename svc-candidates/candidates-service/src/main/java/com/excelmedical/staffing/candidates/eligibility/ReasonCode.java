package com.excelmedical.staffing.candidates.eligibility;

/**
 * Why a candidate is not eligible for a job. Certification reasons carry the certification's code
 * after a colon ({@code certification_missing:BLS}).
 */
public enum ReasonCode {
    /** No license of the job's type issued by the job's state, nor a multistate license that counts there. */
    NO_LICENSE_IN_STATE("no_license_in_state"),
    /** The candidate holds a multistate license, but the job's state does not honour multistate licenses. */
    COMPACT_NOT_HONOURED_IN_STATE("compact_not_honoured_in_state"),
    /** The candidate's multistate license comes from a state that does not issue valid multistate licenses. */
    COMPACT_HOME_STATE_NOT_MEMBER("compact_home_state_not_member"),
    LICENSE_EXPIRES_BEFORE_START("license_expires_before_start"),
    LICENSE_NOT_ACTIVE("license_not_active"),
    LICENSE_ISSUED_AFTER_START("license_issued_after_start"),
    CERTIFICATION_MISSING("certification_missing"),
    CERTIFICATION_EXPIRED("certification_expired"),
    CERTIFICATION_EXPIRES_DURING_ASSIGNMENT("certification_expires_during_assignment"),
    CERTIFICATION_NOT_ACTIVE("certification_not_active"),
    CERTIFICATION_ISSUED_AFTER_START("certification_issued_after_start");

    private final String code;

    ReasonCode(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
