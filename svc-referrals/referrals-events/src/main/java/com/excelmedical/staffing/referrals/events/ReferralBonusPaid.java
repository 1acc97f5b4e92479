package com.excelmedical.staffing.referrals.events;

import com.excelmedical.staffing.events.PublishedEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * An approved bonus was paid to the referrer.
 *
 * @param amount    a decimal string in {@code currency}
 * @param method    {@code bank_transfer}, {@code check}, {@code payroll} or {@code paypal}
 * @param reference the payment's reference in the paying system
 */
@PublishedEvent(topic = ReferralsTopics.REFERRALS, type = "staffing.referrals.ReferralBonusPaid.v1")
public record ReferralBonusPaid(UUID eventId, Instant occurredAt, UUID referralId, UUID referrerId, UUID rewardId,
                                String amount, String currency, String method, String reference) implements ReferralEvent {
}
