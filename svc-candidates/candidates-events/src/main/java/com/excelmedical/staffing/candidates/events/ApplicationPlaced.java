package com.excelmedical.staffing.candidates.events;

import com.excelmedical.staffing.events.PublishedEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * A candidate was placed in the job: one opening of the job is taken.
 *
 * @param status       always {@code placed}
 * @param referralCode the referral code of the application, or null (referrals pay the bonus on it)
 */
@PublishedEvent(topic = CandidatesTopics.APPLICATIONS, type = "staffing.candidates.ApplicationPlaced.v1")
public record ApplicationPlaced(UUID eventId, Instant occurredAt, UUID applicationId, UUID jobId, UUID candidateId,
                                String status, String referralCode) implements ApplicationEvent {
}
