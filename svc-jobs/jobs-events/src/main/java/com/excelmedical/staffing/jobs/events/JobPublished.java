package com.excelmedical.staffing.jobs.events;

import com.excelmedical.staffing.events.PublishedEvent;

import java.time.Instant;
import java.util.UUID;

/** A job became visible to candidates for the first time (created active, or a draft activated). */
@PublishedEvent(topic = JobsTopics.JOBS, type = "staffing.jobs.JobPublished.v1")
public record JobPublished(UUID eventId, Instant occurredAt, UUID jobId, JobDetails job) implements JobEvent {
}
