package com.excelmedical.staffing.candidates.resumes.parsing;

import com.excelmedical.staffing.candidates.eligibility.CertificationCode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Certifications from the catalogue wherever they appear, surer under a licenses or certifications
 * heading. A date after a certification and before the next one on the same line is its expiry.
 */
final class CertificationExtractor {

    private static final Pattern DATE = Pattern.compile(ResumeDates.alone(ResumeDates.DAY));

    private CertificationExtractor() {
    }

    private record Mention(CertificationCode code, int start, int end) {
    }

    static List<ParsedCertification> extract(ResumeSections sections) {
        Map<CertificationCode, ParsedCertification> found = new LinkedHashMap<>();
        List<String> credentials = sections.lines(Section.CREDENTIALS);
        for (String line : sections.all()) {
            double confidence = credentials.contains(line) ? 0.9 : 0.7;
            List<Mention> mentions = mentions(line);
            for (int i = 0; i < mentions.size(); i++) {
                Mention mention = mentions.get(i);
                int until = i + 1 < mentions.size() ? mentions.get(i + 1).start() : line.length();
                LocalDate expires = expiry(line.substring(mention.end(), until));
                ParsedCertification parsed = new ParsedCertification(mention.code(), expires,
                        Confidence.of(confidence + (expires != null ? 0.05 : 0)));
                found.merge(mention.code(), parsed, (a, b) -> a.confidence() >= b.confidence() ? a : b);
            }
        }
        return new ArrayList<>(found.values());
    }

    private static List<Mention> mentions(String line) {
        List<Mention> mentions = new ArrayList<>();
        String lowerCase = line.toLowerCase(java.util.Locale.ROOT);
        for (CertificationCatalogue.Entry entry : CertificationCatalogue.ENTRIES) {
            if (!entry.mayMatch(line, lowerCase)) {
                continue;
            }
            Matcher m = entry.pattern().matcher(line);
            while (m.find()) {
                mentions.add(new Mention(entry.code(), m.start(), m.end()));
            }
        }
        mentions.sort(Comparator.comparingInt(Mention::start));
        return mentions;
    }

    private static LocalDate expiry(String after) {
        Matcher m = DATE.matcher(after);
        LocalDate last = null;
        while (m.find()) {
            last = ResumeDates.day(m.group()).orElse(last);
        }
        return last;
    }
}
