package com.excelmedical.staffing.jobs.events;

import com.excelmedical.staffing.events.PublishedEvent;

import java.time.Instant;
import java.util.UUID;

/** The editable fields of a job changed (by a recruiter or by the LaborEdge import); carries the new state. */
@PublishedEvent(topic = JobsTopics.JOBS, type = "staffing.jobs.JobUpdated.v1")
public record JobUpdated(UUID eventId, Instant occurredAt, UUID jobId, JobDetails job) implements JobEvent {
}
