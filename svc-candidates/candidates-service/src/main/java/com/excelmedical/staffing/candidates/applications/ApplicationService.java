package com.excelmedical.staffing.candidates.applications;

import com.excelmedical.staffing.candidates.accounts.CandidateAccount;
import com.excelmedical.staffing.candidates.accounts.CandidateAccounts;
import com.excelmedical.staffing.candidates.applications.idempotency.IdempotencyKey;
import com.excelmedical.staffing.candidates.applications.idempotency.IdempotencyKeys;
import com.excelmedical.staffing.candidates.eligibilitycheck.EligibilityChecks;
import com.excelmedical.staffing.candidates.eligibilitycheck.EligibilityVerdict;
import com.excelmedical.staffing.candidates.jobs.JobCatalog;
import com.excelmedical.staffing.candidates.jobs.JobSnapshot;
import com.excelmedical.staffing.candidates.jobs.JobSnapshots;
import com.excelmedical.staffing.platform.problems.ConflictException;
import com.excelmedical.staffing.platform.problems.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Applying, moving through the workflow, and reading one application with its history. */
@Service
class ApplicationService {

    private final ApplicationRepository applications;
    private final NewApplications inserts;
    private final StatusHistory history;
    private final CandidateAccounts accounts;
    private final JobCatalog catalog;
    private final JobSnapshots snapshots;
    private final EligibilityChecks eligibility;
    private final IdempotencyKeys keys;
    private final ApplicationEventPublisher events;
    private final ApplicationMetrics metrics;
    private final TransactionTemplate transaction;
    private final JsonMapper json;
    private final Clock clock;

    ApplicationService(ApplicationRepository applications, NewApplications inserts, StatusHistory history, CandidateAccounts accounts,
                       JobCatalog catalog, JobSnapshots snapshots, EligibilityChecks eligibility, IdempotencyKeys keys,
                       ApplicationEventPublisher events, ApplicationMetrics metrics, TransactionTemplate transaction, JsonMapper json,
                       Clock clock) {
        this.applications = applications;
        this.inserts = inserts;
        this.history = history;
        this.accounts = accounts;
        this.catalog = catalog;
        this.snapshots = snapshots;
        this.eligibility = eligibility;
        this.keys = keys;
        this.events = events;
        this.metrics = metrics;
        this.transaction = transaction;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Applies the candidate to the job. An answer already given to the same key is replayed first; the
     * job is checked with svc-jobs and the candidate's eligibility for it computed outside any transaction
     * (an eligibility that cannot be computed is kept as unknown, never a refusal); then the key is claimed,
     * the application with its eligibility, its history row and {@code ApplicationSubmitted} are stored, and
     * the answer is kept, all in one transaction. Nothing is stored when any step refuses. The answer shows
     * the job as this service's snapshot holds it, or as svc-jobs just answered when it held none (and now
     * keeps that answer as the snapshot).
     */
    Submission apply(UUID candidateId, ApplyRequest request, Optional<IdempotencyKey> key) {
        Optional<Submission> replay = key.flatMap(keys::answered).map(this::replayed);
        if (replay.isPresent()) {
            return replay.get();
        }
        CandidateAccount account = accounts.ensure(candidateId);
        if (!account.status().canApply()) {
            throw new CandidateMayNotApplyException();
        }
        JobSnapshot job = catalog.requireOpen(request.jobId());
        Optional<JobSnapshot> held = snapshots.find(job.jobId());
        Optional<EligibilityVerdict> verdict = eligibility.onApplying(candidateId, job, held);
        return transaction.execute(status -> submit(account, request, job, held, verdict, key));
    }

    private Submission submit(CandidateAccount account, ApplyRequest request, JobSnapshot job, Optional<JobSnapshot> held,
                              Optional<EligibilityVerdict> verdict, Optional<IdempotencyKey> key) {
        if (key.isPresent()) {
            Optional<String> answered = keys.claim(key.get());
            if (answered.isPresent()) {
                return replayed(answered.get());
            }
        }
        String referralCode = request.referralCode() != null ? request.referralCode() : account.registeredReferralCode();
        Application application = Application.submit(UUID.randomUUID(), account.id(), request.jobId(), request.resumeId(),
                referralCode, request.shareCode(), request.note(), clock.instant());
        verdict.ifPresent(application::recordEligibility);
        if (!inserts.insert(application, application.takeChanges().getFirst())) {
            // the candidate applied to this job before, or another request of theirs committed first; this transaction rolls back
            throw new AlreadyAppliedException(request.jobId(), inserts.existing(account.id(), request.jobId()).orElseThrow());
        }
        var submitted = application.takeEvents();
        submitted.forEach(events::publishEvent);
        if (held.isEmpty()) {
            snapshots.storeIfAbsent(job);
        }
        ApplicationResponse response = ApplicationResponse.of(application, held.orElse(job), false);
        key.ifPresent(k -> keys.complete(k, json.writeValueAsString(response)));
        metrics.afterCommit(submitted);
        return new Submission(response, false);
    }

    private Submission replayed(String answer) {
        return new Submission(json.readValue(answer, ApplicationResponse.class), true);
    }

    /** Moves the application; 404 for a candidate's view of someone else's, 409 for an illegal or stale move. */
    @Transactional
    ApplicationResponse move(UUID id, ApplicationStatus target, StatusRequest request, Viewer viewer) {
        Application application = visible(id, viewer);
        if (request.version() != null && request.version() != application.version()) {
            throw new ConflictException("concurrent-modification", "the application changed since version "
                    + request.version() + " (now " + application.version() + "); reload it", "version");
        }
        application.moveTo(target, viewer.actor(), request.note(), request.reason(), clock.instant());
        save(application);
        return ApplicationResponse.of(application, snapshots.find(application.jobId()).orElse(null), viewer.isStaff());
    }

    /** The job is over: each of its open applications is rejected by the system, with its history and events. */
    @Transactional
    void rejectOpenApplicationsOf(UUID jobId, String reason) {
        List<ApplicationStatus> open = List.of(ApplicationStatus.SUBMITTED, ApplicationStatus.REVIEWING,
                ApplicationStatus.INTERVIEW, ApplicationStatus.OFFERED);
        for (Application application : applications.findByJobIdAndStatusIn(jobId, open)) {
            application.moveTo(ApplicationStatus.REJECTED, Actor.SYSTEM, null, reason, clock.instant());
            save(application);
        }
    }

    @Transactional(readOnly = true)
    ApplicationResponse get(UUID id, Viewer viewer) {
        Application application = visible(id, viewer);
        return ApplicationResponse.of(application, snapshots.find(application.jobId()).orElse(null), viewer.isStaff());
    }

    @Transactional(readOnly = true)
    List<StatusChangeResponse> history(UUID id, Viewer viewer) {
        visible(id, viewer);
        return history.of(id).stream().map(change -> StatusChangeResponse.of(change, viewer.isStaff())).toList();
    }

    private void save(Application application) {
        List<StatusChange> changes = application.takeChanges();
        var caused = application.takeEvents();
        applications.saveAndFlush(application);
        history.record(changes);
        caused.forEach(events::publishEvent);
        metrics.afterCommit(caused);
    }

    /** Someone else's application is 404 to a candidate, never 403, so ids cannot be probed. */
    private Application visible(UUID id, Viewer viewer) {
        return applications.findById(id).filter(viewer::maySee).orElseThrow(() -> new NotFoundException("Application", id));
    }
}
