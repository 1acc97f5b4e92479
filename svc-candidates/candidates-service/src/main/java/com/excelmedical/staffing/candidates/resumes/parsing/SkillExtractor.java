package com.excelmedical.staffing.candidates.resumes.parsing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Skills: the items listed under a skills heading (split at commas, semicolons and bullets), and common
 * clinical skills and charting systems named anywhere else, with less confidence.
 */
final class SkillExtractor {

    private static final List<String> KNOWN = List.of("Epic", "Cerner", "Meditech", "Allscripts", "Pyxis", "Omnicell",
            "telemetry", "ventilator management", "IV therapy", "IV insertion", "wound care", "phlebotomy", "triage",
            "patient education", "charge nurse", "EKG interpretation", "medication administration", "trauma care",
            "critical care", "case management", "discharge planning", "infection control", "central line care",
            "tracheostomy care", "conscious sedation", "dialysis", "chemotherapy administration");
    private static final List<Pattern> KNOWN_PATTERNS = KNOWN.stream()
            .map(skill -> Pattern.compile("(?i)\\b" + Pattern.quote(skill) + "\\b")).toList();
    private static final List<String> KNOWN_LOWER_CASE = KNOWN.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
    private static final Pattern SEPARATORS = Pattern.compile("\\s*[,;•|·▪]\\s*|^[-*]\\s+");

    private SkillExtractor() {
    }

    static List<ParsedSkill> extract(ResumeSections sections) {
        Map<String, ParsedSkill> skills = new LinkedHashMap<>();
        for (String line : sections.lines(Section.SKILLS)) {
            for (String item : SEPARATORS.split(line)) {
                String skill = item.strip().replaceAll("[.:]+$", "");
                if (skill.length() >= 2 && skill.length() <= 40 && skill.split("\\s+").length <= 5) {
                    skills.putIfAbsent(skill.toLowerCase(Locale.ROOT), new ParsedSkill(skill, 0.8));
                }
            }
        }
        for (String line : sections.all()) {
            String lowerCase = line.toLowerCase(Locale.ROOT);
            for (int i = 0; i < KNOWN.size(); i++) {
                if (lowerCase.contains(KNOWN_LOWER_CASE.get(i)) && KNOWN_PATTERNS.get(i).matcher(line).find()) {
                    skills.putIfAbsent(KNOWN.get(i).toLowerCase(Locale.ROOT), new ParsedSkill(KNOWN.get(i), 0.5));
                }
            }
        }
        return new ArrayList<>(skills.values());
    }
}
