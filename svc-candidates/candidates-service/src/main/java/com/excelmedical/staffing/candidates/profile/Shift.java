package com.excelmedical.staffing.candidates.profile;

import java.util.Locale;

/** The shift a candidate prefers (the codes svc-jobs uses for jobs). In JSON the lower-case code. */
public enum Shift {
    DAY, NIGHT, EVENING, ROTATING;

    /** The codes as a regular expression, for request validation. */
    static final String CODES = "day|night|evening|rotating";

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Shift fromCode(String code) {
        return code == null ? null : valueOf(code.toUpperCase(Locale.ROOT));
    }
}
