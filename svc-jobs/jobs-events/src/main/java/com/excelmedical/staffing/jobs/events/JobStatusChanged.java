package com.excelmedical.staffing.jobs.events;

import com.excelmedical.staffing.events.PublishedEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * A job moved from one status to another: {@code draft, active, on_hold, filled, closed, expired}.
 *
 * @param openings the openings left after the change
 */
@PublishedEvent(topic = JobsTopics.JOBS, type = "staffing.jobs.JobStatusChanged.v1")
public record JobStatusChanged(UUID eventId, Instant occurredAt, UUID jobId, String fromStatus, String status, int openings)
        implements JobEvent {
}
