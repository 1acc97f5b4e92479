package com.excelmedical.staffing.candidates.applications;

import com.excelmedical.staffing.candidates.eligibilitycheck.EligibilityVerdict;
import com.excelmedical.staffing.candidates.jobs.JobSnapshot;

import java.time.Instant;
import java.util.UUID;

/**
 * One application as the caller may see it: {@code recruiterNote} is always null for the candidate.
 * {@code eligibility} is the candidate's eligibility for the job when they applied, shown to staff and to
 * the candidate alike; null when it could not be computed then.
 */
public record ApplicationResponse(UUID id, UUID jobId, UUID candidateId, UUID resumeId, String status, String source,
                                  String referralCode, String shareCode, String candidateNote, String recruiterNote,
                                  String rejectionReason, Instant submittedAt, Instant updatedAt, long version,
                                  JobSummaryResponse job, EligibilityVerdict eligibility) {

    static ApplicationResponse of(Application application, JobSnapshot job, boolean staff) {
        return new ApplicationResponse(application.id(), application.jobId(), application.candidateId(), application.resumeId(),
                application.status().code(), application.source().code(), application.referralCode(), application.shareCode(),
                application.candidateNote(), staff ? application.recruiterNote() : null, application.rejectionReason(),
                application.submittedAt(), application.updatedAt(), application.version(),
                JobSummaryResponse.of(application.jobId(), job), application.eligibility().orElse(null));
    }
}
