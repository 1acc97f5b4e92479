package com.excelmedical.staffing.candidates.eligibilitycheck;

import com.excelmedical.staffing.candidates.eligibility.JobRequirements;
import com.excelmedical.staffing.candidates.eligibility.JobWindow;
import com.excelmedical.staffing.candidates.eligibility.StateCode;
import com.excelmedical.staffing.candidates.jobs.JobSnapshot;
import com.excelmedical.staffing.candidates.jobs.JobTerms;
import com.excelmedical.staffing.candidates.reference.Profession;
import com.excelmedical.staffing.candidates.reference.ReferenceData;
import com.excelmedical.staffing.candidates.reference.Specialty;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What a job requires, from its snapshot and svc-jobs' reference data: a license for the job's state, of
 * the type its profession names ({@code ReferenceData.profession(id).licenseType()}; any type when the
 * profession names none), and the certifications its specialty requires. Empty when the snapshot lacks the
 * job's terms or state, or names a profession or specialty the reference data does not hold; the
 * reference data's own 503 (never read) is passed on.
 */
@Component
class JobRequirementsReader {

    private final ReferenceData reference;

    JobRequirementsReader(ReferenceData reference) {
        this.reference = reference;
    }

    Optional<JobRequirements> of(JobSnapshot job, LocalDate today) {
        Optional<JobTerms> known = job.knownTerms();
        if (known.isEmpty() || !StateCode.isKnown(job.stateCode())) {
            return Optional.empty();
        }
        JobTerms terms = known.get();
        Optional<Profession> profession = reference.profession(terms.professionId());
        Optional<Specialty> specialty = reference.specialty(terms.specialtyId());
        if (profession.isEmpty() || specialty.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(JobRequirements.of(StateCode.of(job.stateCode()), window(terms, today),
                profession.get().licenseType().orElse(null), specialty.get().requiredCertifications()));
    }

    /**
     * The days a candidate would work: from the job's start date, or from today when it has none or it has
     * passed (nobody starts in the past), to its end date, or to the first day when it has none or it
     * ends before that (an open-ended job asks for credentials valid on the first day).
     */
    static JobWindow window(JobTerms terms, LocalDate today) {
        LocalDate start = terms.startDate() == null || terms.startDate().isBefore(today) ? today : terms.startDate();
        LocalDate end = terms.endDate() == null || terms.endDate().isBefore(start) ? start : terms.endDate();
        return new JobWindow(start, end);
    }
}
