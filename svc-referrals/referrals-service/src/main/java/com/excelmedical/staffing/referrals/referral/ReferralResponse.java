package com.excelmedical.staffing.referrals.referral;

import java.time.Instant;
import java.util.UUID;

/**
 * One of my referrals. The referred person's email is masked once they have registered.
 *
 * @param reward the bonus of the placement, or null before it
 */
public record ReferralResponse(UUID id, String referredEmail, String referredName, String status, UUID jobId,
                               Instant invitedAt, Instant registeredAt, Instant appliedAt, Instant placedAt,
                               int placements, RewardSummary reward) {

    /** @param amount a decimal string in {@code currency} */
    public record RewardSummary(UUID id, String amount, String currency, String status, Instant qualifiesAt, Instant paidAt) {
    }
}
