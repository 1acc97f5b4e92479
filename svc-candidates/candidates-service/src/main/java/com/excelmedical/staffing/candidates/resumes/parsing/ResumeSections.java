package com.excelmedical.staffing.candidates.resumes.parsing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A resume's non-blank lines, grouped under the section each belongs to, in order. */
final class ResumeSections {

    private final Map<Section, List<String>> lines = new EnumMap<>(Section.class);
    private final List<String> all = new ArrayList<>();

    private ResumeSections() {
    }

    static ResumeSections of(String text) {
        ResumeSections sections = new ResumeSections();
        Section current = Section.HEADER;
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            Optional<Section> heading = Section.ofHeading(line);
            if (heading.isPresent()) {
                current = heading.get();
                continue;
            }
            sections.lines.computeIfAbsent(current, s -> new ArrayList<>()).add(line);
            sections.all.add(line);
        }
        return sections;
    }

    List<String> lines(Section section) {
        return lines.getOrDefault(section, List.of());
    }

    boolean has(Section section) {
        return lines.containsKey(section);
    }

    /** Every line outside the headings. */
    List<String> all() {
        return all;
    }

    /** The lines of {@code section}, or every line when the resume has no such heading. */
    List<String> linesOrAll(Section section) {
        return has(section) ? lines(section) : all;
    }
}
