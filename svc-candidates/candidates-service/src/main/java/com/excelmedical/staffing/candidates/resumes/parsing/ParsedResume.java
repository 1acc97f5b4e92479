package com.excelmedical.staffing.candidates.resumes.parsing;

import java.util.List;

/**
 * The structure read from a resume's text, each part with its confidence, and an overall confidence:
 * a weighted mean over the parts (contact 0.20, licenses 0.20, certifications 0.15, work history 0.25,
 * education 0.10, skills 0.10), a part not found counting 0.
 */
public record ParsedResume(ContactInfo contact, List<ParsedLicense> licenses, List<ParsedCertification> certifications,
                           List<ParsedJob> workHistory, List<ParsedEducation> education, List<ParsedSkill> skills,
                           double confidence) {

    public ParsedResume {
        licenses = List.copyOf(licenses);
        certifications = List.copyOf(certifications);
        workHistory = List.copyOf(workHistory);
        education = List.copyOf(education);
        skills = List.copyOf(skills);
        Confidence.check(confidence);
    }
}
