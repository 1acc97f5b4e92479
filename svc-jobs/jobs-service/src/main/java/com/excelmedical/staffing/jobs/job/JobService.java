package com.excelmedical.staffing.jobs.job;

import com.excelmedical.staffing.jobs.views.ViewCounter;
import com.excelmedical.staffing.platform.problems.ConflictException;
import com.excelmedical.staffing.platform.problems.NotFoundException;
import com.excelmedical.staffing.platform.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Load, act, save, publish the aggregate's events: the recruiter-facing use cases of a job posting. */
@Service
public class JobService {

    private final JobRepository jobs;
    private final JobFieldsResolver resolver;
    private final ApplicationEventPublisher events;
    private final ViewCounter views;
    private final Clock clock;

    JobService(JobRepository jobs, JobFieldsResolver resolver, ApplicationEventPublisher events, ViewCounter views, Clock clock) {
        this.jobs = jobs;
        this.resolver = resolver;
        this.events = events;
        this.views = views;
        this.clock = clock;
    }

    @Transactional
    public JobResponse create(JobRequest request, CurrentUser user) {
        JobFields fields = resolver.resolve(request);
        JobStatus initial = request.status() == null ? JobStatus.DRAFT : JobStatus.fromCode(request.status()).orElseThrow();
        Instant now = clock.instant();
        Job created = Job.create(UUID.randomUUID(), fields, initial, user.id(), now);
        // a new job with its own id is merged: the saved instance is a copy, the events stay on the created one
        Job job = jobs.saveAndFlush(created);
        publishEvents(created);
        return JobResponse.of(job, 0);
    }

    @Transactional
    public JobResponse replace(UUID id, JobRequest request, CurrentUser user) {
        Job job = owned(id, user);
        if (request.version() != null && request.version() != job.version()) {
            throw new ConflictException("concurrent-modification",
                    "the job changed since version " + request.version() + " (now " + job.version() + "); reload it", "version");
        }
        JobFields fields = resolver.resolve(request);
        Instant now = clock.instant();
        job.edit(fields, now);
        jobs.saveAndFlush(job);
        publishEvents(job);
        return JobResponse.of(job, views.buffered(id));
    }

    @Transactional
    public JobResponse changeStatus(UUID id, JobStatus target, CurrentUser user) {
        Job job = owned(id, user);
        job.changeStatus(target, clock.instant());
        jobs.saveAndFlush(job);
        publishEvents(job);
        return JobResponse.of(job, views.buffered(id));
    }

    /** A job as the caller may see it: candidates and anonymous visitors see active jobs only. */
    @Transactional(readOnly = true)
    public JobResponse view(UUID id, Optional<CurrentUser> user) {
        Job job = jobs.findById(id).orElseThrow(() -> new NotFoundException("Job", id));
        boolean staff = user.map(u -> u.hasAnyRole("recruiter", "admin")).orElse(false);
        if (job.status() != JobStatus.ACTIVE && !staff) {
            throw new NotFoundException("Job", id);
        }
        if (job.status() == JobStatus.ACTIVE) {
            views.record(id);
        }
        return JobResponse.of(job, views.buffered(id));
    }

    /** A candidate applied: one more application on the job. Unknown jobs are ignored. */
    @Transactional
    public void countApplication(UUID jobId) {
        jobs.findById(jobId).ifPresent(Job::countApplication);
    }

    /** A candidate was placed: one opening fewer; the last one fills the job. */
    @Transactional
    public void fillOpening(UUID jobId) {
        jobs.findById(jobId).ifPresent(job -> {
            job.fillOpening(clock.instant());
            jobs.saveAndFlush(job);
            publishEvents(job);
        });
    }

    /** Records what the aggregate's changes caused, in the caller's transaction (the outbox, ADR 0002). */
    private void publishEvents(Job job) {
        job.takeEvents().forEach(events::publishEvent);
    }

    private Job owned(UUID id, CurrentUser user) {
        Job job = jobs.findById(id).orElseThrow(() -> new NotFoundException("Job", id));
        if (!user.isAdmin() && !job.isOwnedBy(user.id())) {
            throw new AccessDeniedException("job " + id + " belongs to another recruiter");
        }
        return job;
    }
}
