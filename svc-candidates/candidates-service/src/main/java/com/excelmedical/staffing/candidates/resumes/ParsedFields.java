package com.excelmedical.staffing.candidates.resumes;

import com.excelmedical.staffing.candidates.resumes.parsing.ContactInfo;
import com.excelmedical.staffing.candidates.resumes.parsing.ParsedResume;
import com.excelmedical.staffing.candidates.resumes.parsing.ScoredText;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * What the parser found in a resume, as stored in {@code candidate_resumes.parsed_fields} and answered to
 * the candidate: contact details, licenses, certifications, work history, education and skills, each with
 * its confidence (0 to 1), and the overall confidence. Codes as elsewhere (state {@code TX}, license type
 * {@code RN}, certification {@code BLS}); months as {@code 2020-01}.
 */
public record ParsedFields(Contact contact, List<License> licenses, List<Certification> certifications,
                           List<Job> workHistory, List<Education> education, List<Skill> skills, double confidence) {

    public record Scored(String value, double confidence) {
    }

    public record Contact(Scored name, Scored email, Scored phone) {
    }

    public record License(String type, String state, String number, boolean multistate, LocalDate expiresOn,
                          double confidence) {
    }

    public record Certification(String code, LocalDate expiresOn, double confidence) {
    }

    public record Job(String title, String employer, YearMonth start, YearMonth end, boolean current, double confidence) {
    }

    public record Education(String degree, String institution, Integer year, double confidence) {
    }

    public record Skill(String name, double confidence) {
    }

    public ParsedFields {
        licenses = licenses == null ? List.of() : List.copyOf(licenses);
        certifications = certifications == null ? List.of() : List.copyOf(certifications);
        workHistory = workHistory == null ? List.of() : List.copyOf(workHistory);
        education = education == null ? List.of() : List.copyOf(education);
        skills = skills == null ? List.of() : List.copyOf(skills);
    }

    static ParsedFields of(ParsedResume parsed) {
        ContactInfo contact = parsed.contact();
        return new ParsedFields(
                new Contact(scored(contact.name()), scored(contact.email()), scored(contact.phone())),
                parsed.licenses().stream().map(l -> new License(l.type().name(), l.state().value(), l.number(), l.multistate(),
                        l.expiresOn(), l.confidence())).toList(),
                parsed.certifications().stream().map(c -> new Certification(c.code().value(), c.expiresOn(), c.confidence())).toList(),
                parsed.workHistory().stream().map(j -> new Job(j.title(), j.employer(), j.start(), j.end(), j.current(),
                        j.confidence())).toList(),
                parsed.education().stream().map(e -> new Education(e.degree(), e.institution(), e.year(), e.confidence())).toList(),
                parsed.skills().stream().map(s -> new Skill(s.name(), s.confidence())).toList(),
                parsed.confidence());
    }

    private static Scored scored(ScoredText text) {
        return text == null ? null : new Scored(text.value(), text.confidence());
    }
}
