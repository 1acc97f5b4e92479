package com.excelmedical.staffing.candidates.resumes.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Degrees from the education section: a line naming a degree or a school starts an entry; a degree and a
 * school on consecutive lines are one entry; the last year on the entry's lines is its year.
 */
final class EducationExtractor {

    private static final Pattern DEGREE = Pattern.compile("\\b(?:(?:Bachelor|Associate|Master)(?:'s)?(?: Degree)?(?: of (?:Science|Arts|Applied Science))?"
            + "(?: in [A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?)?"
            + "|Doctor of Nursing Practice|BSN|ADN|ASN|MSN|DNP|AAS|B\\.S\\.N\\.|Diploma in Nursing|LPN Diploma)(?![A-Za-z])");
    private static final Pattern SCHOOL = Pattern.compile("((?:[A-Z][A-Za-z.&'\\- ]*\\s)?(?:University|College|School|Institute|Academy)\\b(?: of [A-Z][A-Za-z ]*[A-Za-z])?)");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)");

    private EducationExtractor() {
    }

    static List<ParsedEducation> extract(ResumeSections sections) {
        List<String> lines = sections.lines(Section.EDUCATION);
        List<ParsedEducation> entries = new ArrayList<>();
        String degree = null;
        String school = null;
        Integer year = null;
        for (String line : lines) {
            Matcher d = DEGREE.matcher(line);
            Matcher s = SCHOOL.matcher(line);
            String lineDegree = d.find() ? d.group().strip() : null;
            String lineSchool = s.find() ? s.group(1).strip() : null;
            if (lineDegree == null && lineSchool == null) {
                continue;
            }
            boolean joins = (degree != null || school != null)
                    && (lineDegree == null || degree == null) && (lineSchool == null || school == null);
            if (!joins && (degree != null || school != null)) {
                entries.add(entry(degree, school, year));
                degree = null;
                school = null;
                year = null;
            }
            degree = degree != null ? degree : lineDegree;
            school = school != null ? school : lineSchool;
            year = lastYear(line, year);
        }
        if (degree != null || school != null) {
            entries.add(entry(degree, school, year));
        }
        return entries;
    }

    private static Integer lastYear(String line, Integer current) {
        Matcher y = YEAR.matcher(line);
        Integer year = current;
        while (y.find()) {
            year = Integer.valueOf(y.group(1));
        }
        return year;
    }

    private static ParsedEducation entry(String degree, String school, Integer year) {
        double confidence = 0.5 + (degree != null ? 0.2 : 0) + (school != null ? 0.2 : 0) + (year != null ? 0.05 : 0);
        return new ParsedEducation(degree, school, year, Confidence.of(confidence));
    }
}
