package com.excelmedical.staffing.candidates.profile;

import java.util.Locale;

/** Whether the candidate works where they live, travels, or either. In JSON the lower-case code. */
public enum TravelStatus {
    LOCAL_ONLY, OPEN_TO_TRAVEL, TRAVEL_ONLY;

    /** The codes as a regular expression, for request validation. */
    static final String CODES = "local_only|open_to_travel|travel_only";

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static TravelStatus fromCode(String code) {
        return code == null ? null : valueOf(code.toUpperCase(Locale.ROOT));
    }
}
