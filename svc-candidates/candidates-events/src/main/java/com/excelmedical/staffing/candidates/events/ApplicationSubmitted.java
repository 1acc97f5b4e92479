package com.excelmedical.staffing.candidates.events;

import com.excelmedical.staffing.events.PublishedEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * A candidate applied to a job.
 *
 * @param status       the application's status after submission ({@code submitted})
 * @param referralCode the referral code the candidate came with, or null
 * @param shareCode    the recruiter job-share code the candidate came through, or null (added after the first
 *                     release as an optional field: readers that do not know it ignore it)
 */
@PublishedEvent(topic = CandidatesTopics.APPLICATIONS, type = "staffing.candidates.ApplicationSubmitted.v1")
public record ApplicationSubmitted(UUID eventId, Instant occurredAt, UUID applicationId, UUID jobId, UUID candidateId,
                                   String status, String referralCode, String shareCode) implements ApplicationEvent {
}
