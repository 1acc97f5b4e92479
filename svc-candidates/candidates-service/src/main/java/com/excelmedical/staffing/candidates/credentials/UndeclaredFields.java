package com.excelmedical.staffing.candidates.credentials;

import com.excelmedical.staffing.platform.problems.InvalidInputException;

import java.util.Map;

/** A body field a request does not declare is a 400 naming it, never silently dropped. */
public final class UndeclaredFields {

    private static final int LONGEST_NAME = 60;

    private UndeclaredFields() {
    }

    public static void refuse(Map<String, Object> unknown, String what) {
        if (unknown != null && !unknown.isEmpty()) {
            String field = unknown.keySet().stream().sorted().findFirst().orElseThrow();
            throw new InvalidInputException(field.length() > LONGEST_NAME ? field.substring(0, LONGEST_NAME) : field,
                    "is not a field of " + what);
        }
    }

    /** A new credential has no version yet: one given is a 400 naming it, as a misplaced edit. */
    public static void noVersion(Long version) {
        if (version != null) {
            throw new InvalidInputException("version", "is not a field of a new credential (it is given when changing one)");
        }
    }

    /** The {@code version} an edit must carry (a 400 naming it when left out). */
    public static long version(Long version) {
        if (version == null) {
            throw new InvalidInputException("version", "is required to change a credential (the version it was read at)");
        }
        return version;
    }
}
