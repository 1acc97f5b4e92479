package com.excelmedical.staffing.candidates.eligibility;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A US state or the District of Columbia by its two-letter postal code, the same 51 codes as svc-jobs'
 * state reference data. Anything else is refused when the value is made.
 */
public record StateCode(String value) {

    private static final Set<String> KNOWN = Set.of(
            "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS",
            "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC",
            "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY");

    public StateCode {
        Objects.requireNonNull(value, "state code");
        if (!KNOWN.contains(value)) {
            throw new IllegalArgumentException("not a known US state code: " + value);
        }
    }

    /** The code for {@code text} in any case, surrounding blanks ignored. */
    public static StateCode of(String text) {
        return new StateCode(Objects.requireNonNull(text, "state code").strip().toUpperCase(Locale.ROOT));
    }

    public static boolean isKnown(String text) {
        return text != null && KNOWN.contains(text.strip().toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
