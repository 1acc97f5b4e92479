package com.excelmedical.staffing.candidates.applications;

import com.excelmedical.staffing.candidates.eligibilitycheck.EligibilityVerdict;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;

/**
 * The insert of a new application with its first history row, in one statement: the unique constraint on
 * (candidate, job) decides whether the candidate already applied, so no look-up goes first, and a plain
 * insert needs none of the persistence context's copying and dirty checking.
 */
@Repository
class NewApplications {

    private final JdbcClient jdbc;

    NewApplications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the submitted application and its submission; false, storing nothing, when the candidate already applied to the job. */
    boolean insert(Application application, StatusChange submission) {
        Optional<EligibilityVerdict> eligibility = application.eligibility();
        return jdbc.sql("""
                        WITH application AS (
                            INSERT INTO applications (id, candidate_id, job_id, resume_id, status, source, referral_code, share_code,
                                candidate_note, submitted_at, updated_at, eligible, eligibility_reasons, eligibility_checked_at, version)
                            VALUES (:id, :candidate, :job, :resume, :status, :source, :referralCode, :shareCode, :note, :submittedAt,
                                :updatedAt, :eligible, CAST(:reasons AS jsonb), :checkedAt, 0)
                            ON CONFLICT ON CONSTRAINT applications_one_per_candidate_and_job DO NOTHING
                            RETURNING id)
                        INSERT INTO application_status_history
                            (application_id, from_status, to_status, changed_by, changed_by_role, changed_at, note, reason)
                        SELECT id, NULL, CAST(:to AS varchar), CAST(:by AS uuid), CAST(:role AS varchar), CAST(:at AS timestamptz),
                            CAST(:changeNote AS varchar), CAST(:reason AS varchar)
                        FROM application
                        """)
                .param("id", application.id()).param("candidate", application.candidateId()).param("job", application.jobId())
                .param("resume", application.resumeId()).param("status", application.status().code())
                .param("source", application.source().code()).param("referralCode", application.referralCode())
                .param("shareCode", application.shareCode()).param("note", application.candidateNote())
                .param("submittedAt", Timestamp.from(application.submittedAt()))
                .param("updatedAt", Timestamp.from(application.updatedAt()))
                .param("eligible", eligibility.map(EligibilityVerdict::eligible).orElse(null))
                .param("reasons", eligibility.map(verdict -> EligibilityReasonsConverter.write(verdict.reasons())).orElse(null))
                .param("checkedAt", eligibility.map(verdict -> Timestamp.from(verdict.checkedAt())).orElse(null))
                .param("to", submission.to().code()).param("by", submission.actor().id())
                .param("role", submission.actor().role().code()).param("at", Timestamp.from(submission.at()))
                .param("changeNote", submission.note()).param("reason", submission.reason())
                .update() == 1;
    }

    /** The candidate's application to the job. */
    Optional<UUID> existing(UUID candidateId, UUID jobId) {
        return jdbc.sql("SELECT id FROM applications WHERE candidate_id = :candidate AND job_id = :job")
                .param("candidate", candidateId).param("job", jobId)
                .query(UUID.class)
                .optional();
    }
}
