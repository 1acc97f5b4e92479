package com.excelmedical.staffing.candidates.personaldata;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A US Social Security number, kept as {@code 123-45-6789}. Its {@link #toString()} is masked, so it never
 * reaches a log in full; {@link #value()} is for sealing and for the audited staff read only.
 */
public record Ssn(String value) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{3})-?(\\d{2})-?(\\d{4})");

    public Ssn {
        String problem = problem(value);
        if (problem != null) {
            throw new IllegalArgumentException("not a Social Security number: " + problem);
        }
        Matcher parts = FORMAT.matcher(value);
        parts.matches();
        value = parts.group(1) + "-" + parts.group(2) + "-" + parts.group(3);
    }

    /** Why {@code raw} is no SSN (never quoting it), or null when it is one. */
    static String problem(String raw) {
        Matcher parts = raw == null ? null : FORMAT.matcher(raw);
        if (parts == null || !parts.matches()) {
            return "must be nine digits, as 123-45-6789 or 123456789";
        }
        String area = parts.group(1);
        if (area.equals("000") || area.equals("666") || area.startsWith("9")) {
            return "has an area number (the first three digits) that is never issued: 000, 666 or 900-999";
        }
        if (parts.group(2).equals("00") || parts.group(3).equals("0000")) {
            return "has a group (00) or serial number (0000) that is never issued";
        }
        return null;
    }

    /** {@code ***-**-6789}. */
    public String masked() {
        return "***-**-" + value.substring(7);
    }

    @Override
    public String toString() {
        return masked();
    }
}
