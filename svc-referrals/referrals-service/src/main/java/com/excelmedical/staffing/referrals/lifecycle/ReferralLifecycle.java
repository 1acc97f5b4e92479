package com.excelmedical.staffing.referrals.lifecycle;

import com.excelmedical.staffing.candidates.events.ApplicationPlaced;
import com.excelmedical.staffing.candidates.events.ApplicationSubmitted;
import com.excelmedical.staffing.events.DomainEvent;
import com.excelmedical.staffing.identity.events.UserErased;
import com.excelmedical.staffing.identity.events.UserRegistered;
import com.excelmedical.staffing.jobs.events.JobDetails;
import com.excelmedical.staffing.jobs.events.JobStatusChanged;
import com.excelmedical.staffing.referrals.jobsnapshot.JobSnapshot;
import com.excelmedical.staffing.referrals.jobsnapshot.JobSnapshots;
import com.excelmedical.staffing.referrals.member.Members;
import com.excelmedical.staffing.referrals.parking.ParkedEvents;
import com.excelmedical.staffing.referrals.parking.ParkedEvents.WaitingFor;
import com.excelmedical.staffing.referrals.policy.BonusPolicies;
import com.excelmedical.staffing.referrals.policy.BonusPolicy;
import com.excelmedical.staffing.referrals.referral.Referral;
import com.excelmedical.staffing.referrals.referral.Referrals;
import com.excelmedical.staffing.referrals.reward.RewardData;
import com.excelmedical.staffing.referrals.reward.RewardWorkflow;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Moves referrals forward as the other services' events arrive, in any order: an application event of a
 * user whose registration has not been processed, or a placement of a job whose snapshot has not arrived,
 * is parked and applied when that arrives. Runs inside the inbox's transaction of the event being handled.
 */
@Service
class ReferralLifecycle {

    private final Registrations registrations;
    private final Members members;
    private final Referrals referrals;
    private final JobSnapshots jobs;
    private final BonusPolicies policies;
    private final RewardWorkflow rewards;
    private final ParkedEvents parked;
    private final Clock clock;

    ReferralLifecycle(Registrations registrations, Members members, Referrals referrals, JobSnapshots jobs,
                      BonusPolicies policies, RewardWorkflow rewards, ParkedEvents parked, Clock clock) {
        this.registrations = registrations;
        this.members = members;
        this.referrals = referrals;
        this.jobs = jobs;
        this.policies = policies;
        this.rewards = rewards;
        this.parked = parked;
        this.clock = clock;
    }

    void registered(UserRegistered event) {
        if (registrations.register(event)) {
            replay(WaitingFor.registrationOf(event.userId()));
        }
    }

    void erased(UserErased event) {
        Optional<String> email = members.erase(event.userId(), clock.instant());
        referrals.anonymizeReferred(event.userId(), email.orElse(null));
    }

    void jobKnown(UUID jobId, JobDetails job, Instant occurredAt) {
        jobs.upsert(jobId, job, occurredAt);
        replay(WaitingFor.jobSnapshotOf(jobId));
    }

    void jobStatusChanged(JobStatusChanged event) {
        jobs.changeStatus(event.jobId(), event.status(), event.occurredAt());
    }

    void submitted(ApplicationSubmitted event) {
        referredCandidate(event, event.candidateId()).ifPresent(referral ->
                referrals.applied(referral.id(), event.applicationId(), event.jobId(), event.occurredAt()));
    }

    void placed(ApplicationPlaced event) {
        Optional<Referral> referral = referredCandidate(event, event.candidateId());
        if (referral.isEmpty()) {
            return;
        }
        parked.guard(WaitingFor.jobSnapshotOf(event.jobId()));
        Optional<JobSnapshot> job = jobs.find(event.jobId());
        if (job.isEmpty()) {
            parked.park(WaitingFor.jobSnapshotOf(event.jobId()), event);
            return;
        }
        Referral found = referral.get();
        if (!referrals.placed(found.id(), event.applicationId(), event.jobId(), event.occurredAt())) {
            return;
        }
        BonusPolicy policy = policies.forJob(job.get().specialtyId(), job.get().jobType());
        rewards.award(new RewardData(UUID.randomUUID(), found.id(), found.referrerId(), event.candidateId(),
                event.applicationId(), event.jobId(), policy.amount(), policy.currency(), event.occurredAt(),
                event.occurredAt().plus(policy.qualifyingPeriod()), 0));
    }

    /**
     * The referral of the candidate, once their registration is known; empty when they were not referred,
     * and empty after parking the event when the registration has not been processed yet.
     */
    private Optional<Referral> referredCandidate(DomainEvent event, UUID candidateId) {
        parked.guard(WaitingFor.registrationOf(candidateId));
        if (!members.isKnown(candidateId)) {
            parked.park(WaitingFor.registrationOf(candidateId), event);
            return Optional.empty();
        }
        return referrals.ofReferredUser(candidateId);
    }

    private void replay(WaitingFor key) {
        parked.guard(key);
        for (DomainEvent event : parked.release(key)) {
            switch (event) {
                case ApplicationSubmitted submitted -> submitted(submitted);
                case ApplicationPlaced placed -> placed(placed);
                default -> throw new IllegalStateException("not parkable: " + event.getClass().getName());
            }
        }
    }
}
