package com.excelmedical.staffing.referrals.referral;

import java.time.Instant;
import java.util.UUID;

/** A referral as the lifecycle needs it. */
public record Referral(UUID id, UUID referrerId, UUID referredUserId, ReferralStatus status, Instant placedAt) {
}
