package com.excelmedical.staffing.referrals.events;

import com.excelmedical.staffing.events.DomainEvent;

import java.util.UUID;

/**
 * Facts about one referral; the Kafka key is the referral id, so one referral's events stay ordered. They
 * carry ids and amounts, never the referred person's email, name or phone.
 */
public sealed interface ReferralEvent extends DomainEvent
        permits ReferralRegistered, ReferralBonusAwarded, ReferralBonusPaid {

    UUID referralId();

    UUID referrerId();

    @Override
    default String subject() {
        return referralId().toString();
    }
}
