package com.excelmedical.staffing.referrals.events;

/** The Kafka topics svc-referrals publishes to. */
public final class ReferralsTopics {

    /** Facts about referrals and their bonuses, keyed by referral id. */
    public static final String REFERRALS = "referrals.referrals";

    private ReferralsTopics() {
    }
}
