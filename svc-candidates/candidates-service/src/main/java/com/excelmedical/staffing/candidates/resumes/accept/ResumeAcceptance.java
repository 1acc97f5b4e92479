package com.excelmedical.staffing.candidates.resumes.accept;

import com.excelmedical.staffing.candidates.eligibility.CertificationCode;
import com.excelmedical.staffing.candidates.profile.PhoneFill;
import com.excelmedical.staffing.candidates.profile.ProfileService;
import com.excelmedical.staffing.candidates.reference.ReferenceData;
import com.excelmedical.staffing.candidates.resumes.ParsedFields;
import com.excelmedical.staffing.candidates.resumes.ResumeStore;
import com.excelmedical.staffing.candidates.resumes.StoredResume;
import com.excelmedical.staffing.platform.problems.InvalidInputException;
import com.excelmedical.staffing.platform.problems.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Merges the parts of a parsed resume the candidate chose, in one transaction: the phone into the profile
 * when it has none (through {@link ProfileService}, so its rules and version hold; names and email are the
 * account's), licenses, certifications, positions and education into the credential tables. What cannot be
 * merged (a credential without dates, one already held, a duplicate) is skipped and reported, never an error.
 * Nothing of a resume reaches the profile or the credentials but through here.
 */
@Service
public class ResumeAcceptance {

    private final ResumeStore resumes;
    private final ProfileService profiles;
    private final CredentialRows credentials;
    private final ReferenceData reference;
    private final Clock clock;

    ResumeAcceptance(ResumeStore resumes, ProfileService profiles, CredentialRows credentials, ReferenceData reference,
                     Clock clock) {
        this.resumes = resumes;
        this.profiles = profiles;
        this.credentials = credentials;
        this.reference = reference;
        this.clock = clock;
    }

    @Transactional
    public MergeReport accept(UUID candidateId, UUID resumeId, List<Choice> choices) {
        StoredResume resume = resumes.findForUpdate(candidateId, resumeId)
                .orElseThrow(() -> new NotFoundException("resume", resumeId));
        ParsedFields parsed = resume.parsedFields();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        MergeReport.Builder report = new MergeReport.Builder();
        for (Map.Entry<ParsedPart, Map<Integer, Choice>> part : chosenItems(choices, parsed).entrySet()) {
            part.getValue().forEach((index, choice) -> merge(candidateId, parsed, part.getKey(), index, choice, today, report));
        }
        resumes.markAccepted(resumeId, now);
        return report.build(resumeId, now);
    }

    /** Each part's chosen items by index (the contact counts as one item), a choice naming the item winning over its part. */
    private static Map<ParsedPart, Map<Integer, Choice>> chosenItems(List<Choice> choices, ParsedFields parsed) {
        Map<ParsedPart, Map<Integer, Choice>> chosen = new LinkedHashMap<>();
        for (Choice choice : choices) {
            int size = size(parsed, choice.part());
            Map<Integer, Choice> items = chosen.computeIfAbsent(choice.part(), p -> new java.util.TreeMap<>());
            if (choice.index() == null) {
                for (int i = 0; i < size; i++) {
                    items.putIfAbsent(i, choice);
                }
            } else if (choice.index() >= size) {
                throw new InvalidInputException("fields[" + choice.position() + "].index",
                        "the resume has " + size + " " + choice.part().code() + (size == 0 ? "" : " (0 to " + (size - 1) + ")"));
            } else {
                items.put(choice.index(), choice);
            }
        }
        return chosen;
    }

    private static int size(ParsedFields parsed, ParsedPart part) {
        return switch (part) {
            case CONTACT -> 1;
            case LICENSES -> parsed.licenses().size();
            case CERTIFICATIONS -> parsed.certifications().size();
            case WORK_HISTORY -> parsed.workHistory().size();
            case EDUCATION -> parsed.education().size();
            case SKILLS -> parsed.skills().size();
        };
    }

    private void merge(UUID candidateId, ParsedFields parsed, ParsedPart part, int index, Choice choice, LocalDate today,
                       MergeReport.Builder report) {
        String item = part.code() + "[" + index + "]";
        switch (part) {
            case CONTACT -> contact(candidateId, parsed.contact(), report);
            case LICENSES -> license(candidateId, parsed.licenses().get(index), item, choice, today, report);
            case CERTIFICATIONS -> certification(candidateId, parsed.certifications().get(index), item, choice, today, report);
            case WORK_HISTORY -> job(candidateId, parsed.workHistory().get(index), item, report);
            case EDUCATION -> education(candidateId, parsed.education().get(index), item, today, report);
            case SKILLS -> report.skipped(item, SkipReason.NO_PLACE_IN_PROFILE);
        }
    }

    private void contact(UUID candidateId, ParsedFields.Contact contact, MergeReport.Builder report) {
        if (contact != null && contact.name() != null) {
            report.skipped("contact.name", SkipReason.FROM_ACCOUNT);
        }
        if (contact != null && contact.email() != null) {
            report.skipped("contact.email", SkipReason.FROM_ACCOUNT);
        }
        if (contact == null || contact.phone() == null) {
            report.skipped("contact.phone", SkipReason.NOT_FOUND);
            return;
        }
        PhoneFill fill = profiles.fillEmptyCellPhone(candidateId, contact.phone().value());
        switch (fill) {
            case FILLED -> report.merged("contact.phone", contact.phone().value());
            case ALREADY_SET -> report.skipped("contact.phone", SkipReason.PROFILE_VALUE_KEPT);
            case NOT_A_PHONE_NUMBER -> report.skipped("contact.phone", SkipReason.INVALID_VALUE);
        }
    }

    private void license(UUID candidateId, ParsedFields.License license, String item, Choice choice, LocalDate today,
                         MergeReport.Builder report) {
        LocalDate expiresOn = choice.expiresOn() != null ? choice.expiresOn() : license.expiresOn();
        if (license.number() == null) {
            report.skipped(item, SkipReason.NUMBER_MISSING);
        } else if (choice.issuedOn() == null || expiresOn == null) {
            report.skipped(item, SkipReason.DATES_MISSING);
        } else if (expiresOn.isBefore(choice.issuedOn())) {
            report.skipped(item, SkipReason.EXPIRES_BEFORE_ISSUE);
        } else if (credentials.addLicense(candidateId, license.type(), license.state(), license.number(), license.multistate(),
                choice.issuedOn(), expiresOn, today)) {
            report.merged(item, license.type() + " " + license.state() + " " + license.number());
        } else {
            report.skipped(item, SkipReason.ALREADY_HELD);
        }
    }

    private void certification(UUID candidateId, ParsedFields.Certification certification, String item, Choice choice,
                               LocalDate today, MergeReport.Builder report) {
        LocalDate expiresOn = choice.expiresOn() != null ? choice.expiresOn() : certification.expiresOn();
        if (reference.certification(CertificationCode.of(certification.code())).isEmpty()) {
            report.skipped(item, SkipReason.UNKNOWN_CERTIFICATION);
        } else if (choice.issuedOn() == null) {
            report.skipped(item, SkipReason.DATES_MISSING);
        } else if (expiresOn != null && expiresOn.isBefore(choice.issuedOn())) {
            report.skipped(item, SkipReason.EXPIRES_BEFORE_ISSUE);
        } else if (credentials.addCertification(candidateId, certification.code(), choice.issuedOn(), expiresOn, today)) {
            report.merged(item, certification.code());
        } else {
            report.skipped(item, SkipReason.ALREADY_HELD);
        }
    }

    private void job(UUID candidateId, ParsedFields.Job job, String item, MergeReport.Builder report) {
        if (job.title() == null || job.employer() == null || job.start() == null) {
            report.skipped(item, SkipReason.INCOMPLETE);
            return;
        }
        LocalDate started = job.start().atDay(1);
        LocalDate ended = job.current() || job.end() == null ? null : job.end().atEndOfMonth();
        if (ended != null && ended.isBefore(started)) {
            report.skipped(item, SkipReason.INCOMPLETE);
        } else if (credentials.addWorkExperience(candidateId, bounded(job.employer(), 200), bounded(job.title(), 200), started, ended)) {
            report.merged(item, job.title() + ", " + job.employer());
        } else {
            report.skipped(item, SkipReason.ALREADY_LISTED);
        }
    }

    private void education(UUID candidateId, ParsedFields.Education education, String item, LocalDate today,
                           MergeReport.Builder report) {
        if (education.institution() == null) {
            report.skipped(item, SkipReason.INCOMPLETE);
            return;
        }
        // a year alone: completed by its last day, or not yet completed when that is still ahead
        LocalDate completed = education.year() == null ? null : LocalDate.of(education.year(), 12, 31);
        if (completed != null && completed.isAfter(today)) {
            completed = null;
        }
        String degree = education.degree() == null ? null : bounded(education.degree(), 100);
        if (credentials.addEducation(candidateId, bounded(education.institution(), 200), degree, completed)) {
            report.merged(item, degree == null ? education.institution() : degree + ", " + education.institution());
        } else {
            report.skipped(item, SkipReason.ALREADY_LISTED);
        }
    }

    private static String bounded(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
