package com.excelmedical.staffing.candidates.resumes.parsing;

import com.excelmedical.staffing.candidates.eligibility.StateCode;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds a state in a piece of text, by its postal code in capitals or by its name. */
final class StateNames {

    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("alabama", "AL"), Map.entry("alaska", "AK"), Map.entry("arizona", "AZ"), Map.entry("arkansas", "AR"),
            Map.entry("california", "CA"), Map.entry("colorado", "CO"), Map.entry("connecticut", "CT"),
            Map.entry("delaware", "DE"), Map.entry("district of columbia", "DC"), Map.entry("florida", "FL"),
            Map.entry("georgia", "GA"), Map.entry("hawaii", "HI"), Map.entry("idaho", "ID"), Map.entry("illinois", "IL"),
            Map.entry("indiana", "IN"), Map.entry("iowa", "IA"), Map.entry("kansas", "KS"), Map.entry("kentucky", "KY"),
            Map.entry("louisiana", "LA"), Map.entry("maine", "ME"), Map.entry("maryland", "MD"),
            Map.entry("massachusetts", "MA"), Map.entry("michigan", "MI"), Map.entry("minnesota", "MN"),
            Map.entry("mississippi", "MS"), Map.entry("missouri", "MO"), Map.entry("montana", "MT"),
            Map.entry("nebraska", "NE"), Map.entry("nevada", "NV"), Map.entry("new hampshire", "NH"),
            Map.entry("new jersey", "NJ"), Map.entry("new mexico", "NM"), Map.entry("new york", "NY"),
            Map.entry("north carolina", "NC"), Map.entry("north dakota", "ND"), Map.entry("ohio", "OH"),
            Map.entry("oklahoma", "OK"), Map.entry("oregon", "OR"), Map.entry("pennsylvania", "PA"),
            Map.entry("rhode island", "RI"), Map.entry("south carolina", "SC"), Map.entry("south dakota", "SD"),
            Map.entry("tennessee", "TN"), Map.entry("texas", "TX"), Map.entry("utah", "UT"), Map.entry("vermont", "VT"),
            Map.entry("virginia", "VA"), Map.entry("washington", "WA"), Map.entry("west virginia", "WV"),
            Map.entry("wisconsin", "WI"), Map.entry("wyoming", "WY"));

    private static final Pattern NAME = Pattern.compile("(?i)\\b(" + String.join("|", CODES.keySet().stream()
            .sorted((a, b) -> b.length() - a.length()).toList()) + ")\\b");
    private static final Pattern CODE = Pattern.compile("(?<![A-Za-z])([A-Z]{2})(?![A-Za-z])");

    private StateNames() {
    }

    /** The first state named in {@code text}, with where its mention starts. */
    static Optional<Found> find(String text) {
        Matcher name = NAME.matcher(text);
        Found byName = name.find() ? new Found(StateCode.of(CODES.get(name.group(1).toLowerCase(java.util.Locale.ROOT))),
                name.start(), name.end()) : null;
        Matcher code = CODE.matcher(text);
        while (code.find()) {
            if (StateCode.isKnown(code.group(1)) && (byName == null || code.start() < byName.start())) {
                return Optional.of(new Found(StateCode.of(code.group(1)), code.start(), code.end()));
            }
        }
        return Optional.ofNullable(byName);
    }

    record Found(StateCode state, int start, int end) {
    }
}
