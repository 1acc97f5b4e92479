package com.excelmedical.staffing.candidates.applications;

import com.excelmedical.staffing.candidates.accounts.CandidateErased;
import com.excelmedical.staffing.candidates.jobs.JobClosed;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What other features' facts mean for applications, each handled in the transaction that published it:
 * an erased candidate's notes go (the applications stay, without personal text, for statistics); a job
 * that is over rejects its open applications.
 */
@Component
class ApplicationListeners {

    private final ApplicationService service;
    private final StatusHistory history;
    private final JdbcClient jdbc;

    ApplicationListeners(ApplicationService service, StatusHistory history, JdbcClient jdbc) {
        this.service = service;
        this.history = history;
        this.jdbc = jdbc;
    }

    @EventListener
    void on(CandidateErased erased) {
        jdbc.sql("""
                        UPDATE applications SET candidate_note = NULL, recruiter_note = NULL, updated_at = now(), version = version + 1
                        WHERE candidate_id = :candidate AND (candidate_note IS NOT NULL OR recruiter_note IS NOT NULL)
                        """)
                .param("candidate", erased.candidateId())
                .update();
        history.eraseNotesOfCandidate(erased.candidateId());
    }

    @EventListener
    void on(JobClosed closed) {
        service.rejectOpenApplicationsOf(closed.jobId(), closed.rejectionReason());
    }
}
