package com.excelmedical.staffing.candidates.events;

import com.excelmedical.staffing.events.PublishedEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * An application moved from one status to another ({@code submitted, reviewing, interview, offered,
 * placed, rejected, withdrawn}).
 */
@PublishedEvent(topic = CandidatesTopics.APPLICATIONS, type = "staffing.candidates.ApplicationStatusChanged.v1")
public record ApplicationStatusChanged(UUID eventId, Instant occurredAt, UUID applicationId, UUID jobId, UUID candidateId,
                                       String fromStatus, String status) implements ApplicationEvent {
}
