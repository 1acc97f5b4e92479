package com.excelmedical.staffing.candidates.jobs;

import com.excelmedical.staffing.jobs.events.JobDetails;
import com.excelmedical.staffing.jobs.events.JobPublished;
import com.excelmedical.staffing.jobs.events.JobStatusChanged;
import com.excelmedical.staffing.jobs.events.JobUpdated;
import com.excelmedical.staffing.jobs.events.JobsTopics;
import com.excelmedical.staffing.platform.inbox.EventDispatcher;
import com.excelmedical.staffing.platform.inbox.EventInbox;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.UUID;

/**
 * Keeps {@code job_snapshots} in step with svc-jobs: {@code JobPublished} and {@code JobUpdated} replace the
 * whole snapshot (title, place, status and the job's terms), {@code JobStatusChanged} its status. The inbox makes a redelivered event a no-op, and an
 * event older than the snapshot changes nothing. When a job becomes filled, closed or expired,
 * {@link JobClosed} goes out in the same transaction so its open applications are rejected with it.
 */
@Component
class JobFeed {

    private final EventDispatcher dispatcher;
    private final JobSnapshots snapshots;
    private final ApplicationEventPublisher events;

    JobFeed(EventInbox inbox, JobSnapshots snapshots, ApplicationEventPublisher events) {
        this.snapshots = snapshots;
        this.events = events;
        this.dispatcher = inbox.dispatcher("candidates.jobs")
                .on(JobPublished.class, event -> details(event.jobId(), event.job(), event.occurredAt()))
                .on(JobUpdated.class, event -> details(event.jobId(), event.job(), event.occurredAt()))
                .on(JobStatusChanged.class, this::statusChanged);
    }

    @KafkaListener(topics = JobsTopics.JOBS)
    void on(String record) {
        dispatcher.dispatch(record);
    }

    private void details(UUID jobId, JobDetails job, Instant occurredAt) {
        JobState status = state(job.status());
        JobTerms terms = JobTerms.ofNullable(job.professionId(), job.specialtyId(), job.specialtyName(), job.jobType(),
                job.shift(), job.cityId(), job.startDate(), job.endDate(), job.weeklyPay(), job.currency());
        JobSnapshot snapshot = new JobSnapshot(jobId, job.title(), job.facilityName(), job.cityName(), job.stateCode(),
                status, occurredAt, terms);
        if (snapshots.storeIfNewer(snapshot)) {
            closeIfOver(jobId, status);
        }
    }

    private void statusChanged(JobStatusChanged event) {
        JobState status = state(event.status());
        if (snapshots.storeStatusIfNewer(event.jobId(), status, event.occurredAt())) {
            closeIfOver(event.jobId(), status);
        }
    }

    private void closeIfOver(UUID jobId, JobState status) {
        if (status.isOver()) {
            events.publishEvent(new JobClosed(jobId, status));
        }
    }

    private static JobState state(String code) {
        return JobState.fromCode(code).orElseThrow(() -> new IllegalArgumentException("unknown job status " + code));
    }
}
