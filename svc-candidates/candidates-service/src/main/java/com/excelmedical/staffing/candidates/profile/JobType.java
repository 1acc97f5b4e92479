package com.excelmedical.staffing.candidates.profile;

import java.util.Locale;

/** The kinds of engagement a candidate wants (the codes svc-jobs uses for jobs). In JSON the lower-case code. */
public enum JobType {
    TRAVEL, PERM, PER_DIEM, LOCAL;

    /** The codes as a regular expression, for request validation. */
    static final String CODES = "travel|perm|per_diem|local";

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static JobType fromCode(String code) {
        return code == null ? null : valueOf(code.toUpperCase(Locale.ROOT));
    }
}
