package com.excelmedical.staffing.referrals.reward;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** What a reward was created with and never changes: who earns what for which placement, and from when. */
public record RewardData(UUID id, UUID referralId, UUID referrerId, UUID referredUserId, UUID applicationId, UUID jobId,
                         BigDecimal amount, String currency, Instant placedAt, Instant qualifiesAt, long version) {
}
