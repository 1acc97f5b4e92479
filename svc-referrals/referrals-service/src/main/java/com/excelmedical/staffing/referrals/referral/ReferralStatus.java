package com.excelmedical.staffing.referrals.referral;

import java.util.Locale;

/** How far a referred person got; a referral only moves forward. */
public enum ReferralStatus {
    INVITED, REGISTERED, APPLIED, PLACED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ReferralStatus fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
