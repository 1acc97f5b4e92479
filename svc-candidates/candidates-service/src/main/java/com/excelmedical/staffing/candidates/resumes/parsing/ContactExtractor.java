package com.excelmedical.staffing.candidates.resumes.parsing;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Email and phone by pattern, the header first; the name guessed from the first lines of the header: two
 * to four capitalised words without digits, professional letters after a comma left off ("Jane Doe, RN, BSN").
 */
final class ContactExtractor {

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern PHONE = Pattern.compile("(?<![\\d-])(?:\\+?1[\\s.-]?)?\\(?(\\d{3})\\)?[\\s.-](\\d{3})[\\s.-](\\d{4})(?!\\d)");
    private static final Pattern NAME_WORD = Pattern.compile("[A-Z][A-Za-z'\\-]*\\.?|[A-Z]\\.");

    private ContactExtractor() {
    }

    static ContactInfo extract(ResumeSections sections) {
        List<String> header = sections.lines(Section.HEADER);
        return new ContactInfo(name(header), email(header, sections.all()), phone(header, sections.all()));
    }

    private static ScoredText email(List<String> header, List<String> all) {
        for (List<String> lines : List.of(header, all)) {
            for (String line : lines) {
                Matcher m = EMAIL.matcher(line);
                if (m.find()) {
                    return new ScoredText(m.group().toLowerCase(Locale.ROOT), lines == header ? 0.95 : 0.85);
                }
            }
        }
        return null;
    }

    private static ScoredText phone(List<String> header, List<String> all) {
        for (List<String> lines : List.of(header, all)) {
            for (String line : lines) {
                Matcher m = PHONE.matcher(line);
                if (m.find() && m.group(1).charAt(0) >= '2') {
                    return new ScoredText("+1" + m.group(1) + m.group(2) + m.group(3), lines == header ? 0.9 : 0.75);
                }
            }
        }
        return null;
    }

    private static ScoredText name(List<String> header) {
        for (int i = 0; i < Math.min(3, header.size()); i++) {
            String candidate = header.get(i).split(",")[0].strip();
            if (looksLikeName(candidate)) {
                return new ScoredText(titleCase(candidate), i == 0 ? 0.8 : 0.6);
            }
        }
        return null;
    }

    private static boolean looksLikeName(String text) {
        String[] words = text.split("\\s+");
        if (words.length < 2 || words.length > 4 || text.contains("@")) {
            return false;
        }
        for (String word : words) {
            if (!NAME_WORD.matcher(word).matches()) {
                return false;
            }
        }
        return true;
    }

    private static String titleCase(String name) {
        if (!name.equals(name.toUpperCase(Locale.ROOT))) {
            return name;
        }
        StringBuilder out = new StringBuilder();
        for (String word : name.split("\\s+")) {
            out.append(out.isEmpty() ? "" : " ").append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }
}
