package com.excelmedical.staffing.candidates.resumes.parsing;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Positions from the experience section: each line with a date range ("Jan 2020 - Present",
 * "03/2018 – 12/2019", "2016 to 2018") is one position; its title and employer are read from the text
 * before the range on that line and from up to two lines above it that hold no range and are not bullets.
 */
final class WorkHistoryExtractor {

    private static final Pattern RANGE = Pattern.compile(ResumeDates.alone("(" + ResumeDates.POINT + ")\\s*(?:-|–|—|to)\\s*("
            + ResumeDates.POINT + "|Present|Current|Now|Today)"), Pattern.CASE_INSENSITIVE);
    private static final Pattern BULLET = Pattern.compile("^[•\\-*–·▪◦]\\s*.*");

    private WorkHistoryExtractor() {
    }

    static List<ParsedJob> extract(ResumeSections sections) {
        List<String> lines = sections.has(Section.EXPERIENCE) ? sections.lines(Section.EXPERIENCE) : List.of();
        List<ParsedJob> jobs = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher range = RANGE.matcher(lines.get(i));
            if (!range.find()) {
                continue;
            }
            Optional<YearMonth> start = ResumeDates.month(range.group(1));
            if (start.isEmpty()) {
                continue;
            }
            boolean current = range.group(2).matches("(?i)present|current|now|today");
            YearMonth end = current ? null : ResumeDates.month(range.group(2)).orElse(null);
            List<String> parts = new ArrayList<>(RoleParts.split(lines.get(i).substring(0, range.start())));
            for (int back = 1; back <= 2 && i - back >= 0; back++) {
                String above = lines.get(i - back);
                if (RANGE.matcher(above).find() || BULLET.matcher(above).matches()) {
                    break;
                }
                parts.addAll(0, RoleParts.split(above));
            }
            jobs.add(job(parts, start.get(), end, current));
        }
        return jobs;
    }

    private static ParsedJob job(List<String> parts, YearMonth start, YearMonth end, boolean current) {
        String title = RoleParts.best(parts, RoleParts::titleScore, null);
        String employer = RoleParts.best(parts, RoleParts::employerScore, title);
        double confidence = 0.4 + (title != null ? 0.25 : 0) + (employer != null ? 0.25 : 0);
        return new ParsedJob(title, employer, start, end, current, Confidence.of(confidence));
    }
}
