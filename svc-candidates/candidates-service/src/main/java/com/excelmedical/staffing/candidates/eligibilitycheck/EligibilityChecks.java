package com.excelmedical.staffing.candidates.eligibilitycheck;

import com.excelmedical.staffing.candidates.eligibility.Eligibility;
import com.excelmedical.staffing.candidates.eligibility.EligibilityResult;
import com.excelmedical.staffing.candidates.eligibility.JobRequirements;
import com.excelmedical.staffing.candidates.jobs.JobNotFoundException;
import com.excelmedical.staffing.candidates.jobs.JobSnapshot;
import com.excelmedical.staffing.candidates.jobs.JobSnapshots;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/**
 * A candidate's eligibility for a job: their credentials (one query) against what the job requires (its
 * snapshot and svc-jobs' reference data, held in memory) under the compact membership (read once).
 */
@Service
public class EligibilityChecks {

    private static final Logger log = LoggerFactory.getLogger(EligibilityChecks.class);

    private final JobSnapshots snapshots;
    private final JobRequirementsReader requirements;
    private final CredentialsReader credentials;
    private final CompactStates compact;
    private final MeterRegistry meters;
    private final Clock clock;

    EligibilityChecks(JobSnapshots snapshots, JobRequirementsReader requirements, CredentialsReader credentials,
                      CompactStates compact, MeterRegistry meters, Clock clock) {
        this.snapshots = snapshots;
        this.requirements = requirements;
        this.credentials = credentials;
        this.compact = compact;
        this.meters = meters;
        this.clock = clock;
    }

    /**
     * The candidate's eligibility for the job as this service knows it now: 404 for a job it has no
     * snapshot of, 422 when the snapshot does not hold the job's terms yet, 503 when svc-jobs' reference
     * data was never read.
     */
    EligibilityVerdict check(UUID candidateId, UUID jobId) {
        JobSnapshot job = snapshots.find(jobId).orElseThrow(() -> new JobNotFoundException(jobId));
        Instant now = now();
        JobRequirements required = requirements.of(job, LocalDate.ofInstant(now, clock.getZone()))
                .orElseThrow(() -> new JobDetailsNotKnownException(jobId));
        return counted(evaluate(candidateId, required, now), "request");
    }

    /**
     * The eligibility to keep with a new application: against the job's snapshot ({@code held}, read by the
     * caller) when it holds the job's terms, else against the job as svc-jobs just answered it. Empty when it
     * cannot be computed (the reference data never read, the job's terms unknown), which never stops the
     * application.
     */
    public Optional<EligibilityVerdict> onApplying(UUID candidateId, JobSnapshot answered, Optional<JobSnapshot> held) {
        try {
            JobSnapshot job = held.filter(snapshot -> snapshot.knownTerms().isPresent()).orElse(answered);
            Instant now = now();
            Optional<JobRequirements> required = requirements.of(job, LocalDate.ofInstant(now, clock.getZone()));
            if (required.isEmpty()) {
                log.info("eligibility not kept with the application of candidate {} to job {}: the job's terms are not known",
                        candidateId, answered.jobId());
                count("application", "unknown");
                return Optional.empty();
            }
            return Optional.of(counted(evaluate(candidateId, required.get(), now), "application"));
        } catch (RuntimeException e) {
            log.warn("eligibility not kept with the application of candidate {} to job {}: {}", candidateId, answered.jobId(),
                    e.toString());
            count("application", "unknown");
            return Optional.empty();
        }
    }

    /** Now, to the microsecond the database keeps, so the time answered is the time stored. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private EligibilityVerdict evaluate(UUID candidateId, JobRequirements job, Instant now) {
        EligibilityResult result = Eligibility.evaluate(credentials.of(candidateId), job, compact.membership());
        return new EligibilityVerdict(result.eligible(),
                result.reasons().stream().map(reason -> ReasonDetails.describe(reason, job)).toList(), now);
    }

    private EligibilityVerdict counted(EligibilityVerdict verdict, String trigger) {
        count(trigger, verdict.eligible() ? "eligible" : "not_eligible");
        return verdict;
    }

    private void count(String trigger, String result) {
        Counter.builder("candidates.eligibility.checks")
                .description("Eligibility computed for a request or kept with a new application, by result")
                .tag("trigger", trigger).tag("result", result)
                .register(meters).increment();
    }
}
