package com.excelmedical.staffing.candidates.resumes.parsing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The date forms resumes use: "Jan 2020", "January 2020", "01/2020", "2020", "03/15/2027", "2027-03-15". */
final class ResumeDates {

    static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    /** A month and year, or a year alone. */
    static final String POINT = "(?:" + MONTH + "\\s+\\d{4}|\\d{1,2}/\\d{4}|\\d{4})";
    /** A full date, or a month and year. */
    static final String DAY = "(?:\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{4}|" + MONTH + "\\s+\\d{1,2},\\s*\\d{4}|" + POINT + ")";

    /** {@code pattern} standing alone: not inside a longer run of letters, digits or slashes. */
    static String alone(String pattern) {
        return "(?<![\\w/])(?:" + pattern + ")(?![\\w/])";
    }

    private static final Pattern MONTH_YEAR = Pattern.compile("(" + MONTH + ")\\s+(\\d{4})");
    private static final Pattern NUMERIC_MONTH_YEAR = Pattern.compile("(\\d{1,2})/(\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern US = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern LONG = Pattern.compile("(" + MONTH + ")\\s+(\\d{1,2}),\\s*(\\d{4})");

    private ResumeDates() {
    }

    /** A month and year ("Jan 2020", "01/2020"), or January of a bare year. */
    static Optional<YearMonth> month(String text) {
        String value = text.strip();
        try {
            Matcher m = MONTH_YEAR.matcher(value);
            if (m.matches()) {
                return Optional.of(YearMonth.of(Integer.parseInt(m.group(2)), monthNumber(m.group(1))));
            }
            m = NUMERIC_MONTH_YEAR.matcher(value);
            if (m.matches()) {
                return Optional.of(YearMonth.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
            }
            if (value.matches("\\d{4}")) {
                return Optional.of(YearMonth.of(Integer.parseInt(value), 1));
            }
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** A day; a month and year means the last day of that month (expiry dates are read that way). */
    static Optional<LocalDate> day(String text) {
        String value = text.strip();
        try {
            Matcher m = ISO.matcher(value);
            if (m.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
            }
            m = US.matcher(value);
            if (m.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
            }
            m = LONG.matcher(value);
            if (m.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), monthNumber(m.group(1)), Integer.parseInt(m.group(2))));
            }
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
        return month(value).filter(month -> !value.matches("\\d{4}")).map(YearMonth::atEndOfMonth);
    }

    private static int monthNumber(String name) {
        String prefix = name.substring(0, 3).toLowerCase(Locale.ROOT);
        return "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(prefix) / 3 + 1;
    }
}
