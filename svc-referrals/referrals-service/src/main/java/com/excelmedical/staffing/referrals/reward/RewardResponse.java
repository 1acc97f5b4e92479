package com.excelmedical.staffing.referrals.reward;

import java.time.Instant;
import java.util.UUID;

/** A reward as admins see it; {@code amount} is a decimal string in {@code currency}. */
public record RewardResponse(UUID id, UUID referralId, UUID referrerId, UUID referredUserId, UUID jobId, UUID applicationId,
                             String amount, String currency, String status, Instant placedAt, Instant qualifiesAt,
                             UUID decidedBy, Instant decidedAt, String denialReason, String paymentMethod,
                             String paymentReference, Instant paidAt, long version) {

    static RewardResponse of(Reward reward) {
        RewardData data = reward.data();
        return new RewardResponse(data.id(), data.referralId(), data.referrerId(), data.referredUserId(), data.jobId(),
                data.applicationId(), data.amount().toPlainString(), data.currency(), reward.status().code(), data.placedAt(),
                data.qualifiesAt(), reward.decidedBy(), reward.decidedAt(), reward.denialReason(),
                reward.paymentMethod() == null ? null : reward.paymentMethod().code(), reward.paymentReference(),
                reward.paidAt(), data.version());
    }
}
