package com.excelmedical.staffing.candidates.resumes.parsing;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Turns a resume's text into a {@link ParsedResume}: contact details, licenses, certifications from the
 * reference list, work history, education and skills, each with a confidence. Heuristic by nature: the
 * candidate confirms what is merged into the profile. Stateless and safe to share.
 */
public final class ResumeParser {

    public ParsedResume parse(String text) {
        ResumeSections sections = ResumeSections.of(text);
        ContactInfo contact = ContactExtractor.extract(sections);
        List<ParsedLicense> licenses = LicenseExtractor.extract(sections);
        List<ParsedCertification> certifications = CertificationExtractor.extract(sections);
        List<ParsedJob> workHistory = WorkHistoryExtractor.extract(sections);
        List<ParsedEducation> education = EducationExtractor.extract(sections);
        List<ParsedSkill> skills = SkillExtractor.extract(sections);
        double overall = 0.20 * contact.confidence()
                + 0.20 * mean(licenses, ParsedLicense::confidence)
                + 0.15 * mean(certifications, ParsedCertification::confidence)
                + 0.25 * mean(workHistory, ParsedJob::confidence)
                + 0.10 * mean(education, ParsedEducation::confidence)
                + 0.10 * mean(skills, ParsedSkill::confidence);
        return new ParsedResume(contact, licenses, certifications, workHistory, education, skills, Confidence.of(overall));
    }

    private static <T> double mean(List<T> items, ToDoubleFunction<T> confidence) {
        return items.stream().mapToDouble(confidence).average().orElse(0);
    }
}
