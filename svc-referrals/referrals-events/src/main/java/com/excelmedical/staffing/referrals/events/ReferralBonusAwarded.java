package com.excelmedical.staffing.referrals.events;

import com.excelmedical.staffing.events.PublishedEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * The referred candidate was placed: the referrer has a pending bonus, at most one per referral.
 *
 * @param amount      a decimal string in {@code currency}, for example {@code "500.00"}
 * @param qualifiesAt from when an admin may approve it (the placement plus the policy's qualifying period)
 */
@PublishedEvent(topic = ReferralsTopics.REFERRALS, type = "staffing.referrals.ReferralBonusAwarded.v1")
public record ReferralBonusAwarded(UUID eventId, Instant occurredAt, UUID referralId, UUID referrerId, UUID rewardId,
                                   UUID referredUserId, UUID jobId, UUID applicationId, String amount, String currency,
                                   Instant qualifiesAt) implements ReferralEvent {
}
