package com.excelmedical.staffing.jobs.events;

import com.excelmedical.staffing.events.PublishedEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * A published job matches a candidate's saved search; notification services tell the candidate.
 *
 * @param frequency instant, daily or weekly: how the alert was matched
 */
@PublishedEvent(topic = JobsTopics.JOBS, type = "staffing.jobs.JobAlertMatched.v1")
public record JobAlertMatched(UUID eventId, Instant occurredAt, UUID jobId, UUID alertId, UUID candidateId,
                              String alertName, String frequency) implements JobEvent {
}
