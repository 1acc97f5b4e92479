package com.excelmedical.staffing.candidates.resumes.parsing;

import com.excelmedical.staffing.candidates.eligibility.StateCode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Tells a job title from an employer by the words each usually holds. */
final class RoleParts {

    private static final Set<String> TITLE_WORDS = Set.of("nurse", "rn", "lpn", "lvn", "cna", "technologist", "technician",
            "tech", "therapist", "assistant", "manager", "director", "supervisor", "coordinator", "specialist",
            "practitioner", "charge", "educator", "aide", "paramedic", "pharmacist", "sonographer", "np", "crna", "traveler",
            "travel", "staff", "lead", "head");
    private static final Set<String> EMPLOYER_WORDS = Set.of("hospital", "medical", "center", "centre", "health", "healthcare",
            "clinic", "university", "regional", "memorial", "children's", "institute", "system", "systems", "staffing",
            "care", "baptist", "methodist", "mercy", "kaiser", "hca", "st.", "saint", "inc", "inc.", "llc", "group",
            "hospitals", "clinics", "physicians", "rehabilitation", "network", "associates");

    /** A trailing "City, ST", or the whole piece when it is only that. */
    private static final Pattern PLACE = Pattern.compile("(?:^|,\\s*)[A-Z][A-Za-z.' ]*,\\s*([A-Z]{2})$");

    private RoleParts() {
    }

    /**
     * The pieces of a line split at " at ", " | " and dashes, a trailing place ("Houston, TX") left off; a
     * piece naming both a role and an employer is split at its commas too.
     */
    static List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        for (String piece : text.split("\\s+at\\s+|\\s*\\|\\s*|\\s+[-–—]\\s+")) {
            String part = withoutPlace(piece.strip().replaceAll("[\\s,|(\\-–—:]+$", ""));
            if (part.isEmpty()) {
                continue;
            }
            if (part.contains(",") && count(part, TITLE_WORDS) > 0 && count(part, EMPLOYER_WORDS) > 0) {
                for (String sub : part.split("\\s*,\\s*")) {
                    if (!sub.isBlank()) {
                        parts.add(sub.strip());
                    }
                }
            } else {
                parts.add(part);
            }
        }
        return parts;
    }

    private static String withoutPlace(String text) {
        Matcher place = PLACE.matcher(text);
        if (place.find() && StateCode.isKnown(place.group(1))) {
            return text.substring(0, place.start()).strip();
        }
        return StateCode.isKnown(text) && text.length() == 2 ? "" : text;
    }

    static int titleScore(String part) {
        return 2 * count(part, TITLE_WORDS) - count(part, EMPLOYER_WORDS);
    }

    static int employerScore(String part) {
        return 2 * count(part, EMPLOYER_WORDS) - count(part, TITLE_WORDS);
    }

    /** The part scoring highest above zero, other than {@code taken}; null when none does. */
    static String best(List<String> parts, ToIntFunction<String> score, String taken) {
        String best = null;
        int bestScore = 0;
        for (String part : parts) {
            int s = score.applyAsInt(part);
            if (s > bestScore && !part.equals(taken)) {
                best = part;
                bestScore = s;
            }
        }
        return best;
    }

    private static int count(String part, Set<String> words) {
        int n = 0;
        for (String word : part.toLowerCase(Locale.ROOT).split("[\\s,/()]+")) {
            n += words.contains(word) ? 1 : 0;
        }
        return n;
    }
}
