package com.excelmedical.staffing.referrals.events;

import com.excelmedical.staffing.events.PublishedEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * A referred person registered and was linked to the referrer who brought them.
 *
 * @param via {@code code} (they typed the referrer's code) or {@code invitation} (their email had an open invitation)
 */
@PublishedEvent(topic = ReferralsTopics.REFERRALS, type = "staffing.referrals.ReferralRegistered.v1")
public record ReferralRegistered(UUID eventId, Instant occurredAt, UUID referralId, UUID referrerId,
                                 UUID referredUserId, String via) implements ReferralEvent {
}
