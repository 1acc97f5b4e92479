package com.excelmedical.staffing.candidates.resumes.parsing;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The parts of a resume, told apart by their headings. */
enum Section {
    /** Everything before the first heading: name and contact details. */
    HEADER(Set.of()),
    SUMMARY(Set.of("summary", "objective", "profile", "about")),
    EXPERIENCE(Set.of("experience", "employment", "history", "positions")),
    EDUCATION(Set.of("education", "academic", "degrees")),
    CREDENTIALS(Set.of("license", "licenses", "licensure", "certification", "certifications", "credentials")),
    SKILLS(Set.of("skills", "competencies", "expertise", "proficiencies")),
    OTHER(Set.of("references", "awards", "volunteer", "memberships", "affiliations", "languages", "interests"));

    private final Set<String> words;

    Section(Set<String> words) {
        this.words = words;
    }

    /**
     * The section a line opens, when it is a heading: short, without digits, and either in capitals or
     * ending in a colon or made only of heading words (a job title such as "Licensed Practical Nurse" is not).
     */
    static Optional<Section> ofHeading(String line) {
        String text = line.strip();
        boolean colon = text.endsWith(":");
        String bare = colon ? text.substring(0, text.length() - 1).strip() : text;
        if (bare.isEmpty() || bare.length() > 40 || bare.chars().anyMatch(Character::isDigit)) {
            return Optional.empty();
        }
        String[] tokens = bare.toLowerCase(Locale.ROOT).split("[\\s&/,]+");
        if (tokens.length > 5) {
            return Optional.empty();
        }
        boolean capitals = bare.equals(bare.toUpperCase(Locale.ROOT));
        for (String token : tokens) {
            for (Section section : values()) {
                if (section.words.contains(token) && (capitals || colon || tokens.length <= 3 && allHeadingWords(tokens))) {
                    return Optional.of(section);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean allHeadingWords(String[] tokens) {
        Set<String> fillers = Set.of("and", "of", "professional", "work", "clinical", "relevant", "technical", "core",
                "nursing", "employment", "areas", "key", "summary", "additional");
        for (String token : tokens) {
            boolean known = fillers.contains(token);
            for (Section section : values()) {
                known |= section.words.contains(token);
            }
            if (!known) {
                return false;
            }
        }
        return true;
    }
}
