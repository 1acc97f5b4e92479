package com.excelmedical.staffing.candidates.applications;

import com.excelmedical.staffing.candidates.events.ApplicationEvent;
import com.excelmedical.staffing.candidates.events.ApplicationPlaced;
import com.excelmedical.staffing.candidates.events.ApplicationStatusChanged;
import com.excelmedical.staffing.candidates.events.ApplicationSubmitted;
import com.excelmedical.staffing.candidates.eligibilitycheck.EligibilityReason;
import com.excelmedical.staffing.candidates.eligibilitycheck.EligibilityVerdict;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import org.hibernate.annotations.ColumnTransformer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A candidate's application to one job, the aggregate of this feature. It checks every move of the
 * workflow, and each change records its history row and the events it causes; the service saves both in
 * the transaction of the change. Concurrent moves are told apart by {@code version}.
 */
@Entity
@Table(name = "applications")
public class Application {

    @Id
    private UUID id;
    private UUID candidateId;
    private UUID jobId;
    private UUID resumeId;
    private ApplicationStatus status;
    private ApplicationSource source;
    private String referralCode;
    private String shareCode;
    private String candidateNote;
    private String recruiterNote;
    private String rejectionReason;
    private Instant submittedAt;
    private Instant updatedAt;
    /** The candidate's eligibility for the job when they applied; all three null when it could not be computed. */
    private Boolean eligible;
    @Convert(converter = EligibilityReasonsConverter.class)
    @ColumnTransformer(write = "CAST(? AS jsonb)")
    private List<EligibilityReason> eligibilityReasons;
    private Instant eligibilityCheckedAt;
    /** Null until first stored, so a new application is inserted without a look-up first. */
    @Version
    private Long version;

    @Transient
    private final List<ApplicationEvent> events = new ArrayList<>();
    @Transient
    private final List<StatusChange> changes = new ArrayList<>();

    protected Application() {
    }

    /** A new application in {@code submitted}, with its first history row and {@code ApplicationSubmitted}. */
    public static Application submit(UUID id, UUID candidateId, UUID jobId, UUID resumeId, String referralCode,
                                     String shareCode, String note, Instant now) {
        Application application = new Application();
        application.id = id;
        application.candidateId = candidateId;
        application.jobId = jobId;
        application.resumeId = resumeId;
        application.status = ApplicationStatus.SUBMITTED;
        application.source = ApplicationSource.of(referralCode, shareCode);
        application.referralCode = referralCode;
        application.shareCode = shareCode;
        application.candidateNote = note;
        application.submittedAt = now;
        application.updatedAt = now;
        application.changes.add(new StatusChange(id, null, ApplicationStatus.SUBMITTED, Actor.candidate(candidateId), now, null, null));
        application.events.add(new ApplicationSubmitted(UUID.randomUUID(), now, id, jobId, candidateId,
                ApplicationStatus.SUBMITTED.code(), referralCode, shareCode));
        return application;
    }

    /**
     * Moves the application to {@code target} if the workflow allows it and the actor may make the move.
     * A rejection needs a reason; a staff note is the recruiter's note, a candidate's note stays in the history.
     */
    public void moveTo(ApplicationStatus target, Actor actor, String note, String reason, Instant now) {
        ApplicationStatus from = status;
        if (!actor.mayMoveTo(target)) {
            throw new ApplicationMoveForbiddenException(actor.role(), target);
        }
        if (!from.canMoveTo(target)) {
            throw new IllegalApplicationTransitionException(from, target);
        }
        if (target == ApplicationStatus.REJECTED && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("a rejection needs a reason");
        }
        status = target;
        updatedAt = now;
        if (target == ApplicationStatus.REJECTED) {
            rejectionReason = reason;
        }
        if (note != null && actor.role().isStaff()) {
            recruiterNote = note;
        }
        changes.add(new StatusChange(id, from, target, actor, now, note, reason));
        events.add(new ApplicationStatusChanged(UUID.randomUUID(), now, id, jobId, candidateId, from.code(), target.code()));
        if (target == ApplicationStatus.PLACED) {
            events.add(new ApplicationPlaced(UUID.randomUUID(), now, id, jobId, candidateId, target.code(), referralCode));
        }
    }

    /** Keeps the candidate's eligibility for the job as computed when they applied; set once, before it is stored. */
    public void recordEligibility(EligibilityVerdict verdict) {
        if (version != null || eligible != null) {
            throw new IllegalStateException("eligibility is recorded once, when the application is submitted");
        }
        eligible = verdict.eligible();
        eligibilityReasons = verdict.reasons();
        eligibilityCheckedAt = verdict.checkedAt();
    }

    public boolean isOwnedBy(UUID userId) {
        return candidateId.equals(userId);
    }

    /** The events of the changes made since the last call, oldest first; the caller publishes them. */
    public List<ApplicationEvent> takeEvents() {
        List<ApplicationEvent> taken = List.copyOf(events);
        events.clear();
        return taken;
    }

    /** The history rows of the changes made since the last call, oldest first; the caller stores them. */
    public List<StatusChange> takeChanges() {
        List<StatusChange> taken = List.copyOf(changes);
        changes.clear();
        return taken;
    }

    public UUID id() { return id; }
    public UUID candidateId() { return candidateId; }
    public UUID jobId() { return jobId; }
    public UUID resumeId() { return resumeId; }
    public ApplicationStatus status() { return status; }
    public ApplicationSource source() { return source; }
    public String referralCode() { return referralCode; }
    public String shareCode() { return shareCode; }
    public String candidateNote() { return candidateNote; }
    public String recruiterNote() { return recruiterNote; }
    public String rejectionReason() { return rejectionReason; }
    public Instant submittedAt() { return submittedAt; }
    public Instant updatedAt() { return updatedAt; }
    public long version() { return version == null ? 0 : version; }

    public Optional<EligibilityVerdict> eligibility() {
        return eligible == null ? Optional.empty()
                : Optional.of(new EligibilityVerdict(eligible, eligibilityReasons, eligibilityCheckedAt));
    }
}
