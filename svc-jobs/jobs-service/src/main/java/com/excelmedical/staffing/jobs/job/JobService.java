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

/** Load, act, save, record events: the recruiter-facing use cases of a job posting. */
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
        Job job = jobs.saveAndFlush(Job.create(UUID.randomUUID(), fields, initial, user.id(), now));
        if (initial == JobStatus.ACTIVE) {
            events.publishEvent(JobEvents.published(job, now));
        }
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
        if (job.publishedAt() != null) {
            events.publishEvent(JobEvents.updated(job, now));
        }
        return JobResponse.of(job, views.buffered(id));
    }

    @Transactional
    public JobResponse changeStatus(UUID id, JobStatus target, CurrentUser user) {
        Job job = owned(id, user);
        JobStatus from = job.status();
        Instant now = clock.instant();
        boolean firstPublication = job.changeStatus(target, now);
        jobs.saveAndFlush(job);
        events.publishEvent(firstPublication ? JobEvents.published(job, now) : JobEvents.statusChanged(job, from, now));
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
            Instant now = clock.instant();
            Optional<JobStatus> filledFrom = job.fillOpening(now);
            jobs.saveAndFlush(job);
            events.publishEvent(filledFrom.isPresent() ? JobEvents.statusChanged(job, filledFrom.get(), now) : JobEvents.updated(job, now));
        });
    }

    private Job owned(UUID id, CurrentUser user) {
        Job job = jobs.findById(id).orElseThrow(() -> new NotFoundException("Job", id));
        if (!user.isAdmin() && !job.isOwnedBy(user.id())) {
            throw new AccessDeniedException("job " + id + " belongs to another recruiter");
        }
        return job;
    }
}
