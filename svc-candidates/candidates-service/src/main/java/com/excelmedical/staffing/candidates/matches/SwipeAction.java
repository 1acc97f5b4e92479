package com.excelmedical.staffing.candidates.matches;

import java.util.Arrays;
import java.util.Optional;

/** What a candidate did with a job: liked it, passed on it (it leaves their matches) or saved it for later. */
public enum SwipeAction {
    LIKE("like"),
    PASS("pass"),
    SAVE("save");

    /** The codes as a pattern, for request validation. */
    static final String CODES = "like|pass|save";

    private final String code;

    SwipeAction(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<SwipeAction> fromCode(String code) {
        return Arrays.stream(values()).filter(action -> action.code.equals(code)).findFirst();
    }
}
