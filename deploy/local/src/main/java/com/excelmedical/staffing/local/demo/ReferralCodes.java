package com.excelmedical.staffing.local.demo;

/**
 * A user's referral code. svc-referrals gives each user one ({@code GET /api/referrals/me/code}); in a run
 * without it, a code derived from the name stands in: svc-identity stores the code a person registers
 * with whether or not svc-referrals knows it yet.
 */
public final class ReferralCodes {

    private ReferralCodes() {
    }

    public static String of(GatewayClient gateway, boolean referralsRuns, String token, String firstName) {
        if (referralsRuns) {
            return gateway.get("/api/referrals/me/code", token).requireStatus(200).body().path("code").asString();
        }
        return firstName.toUpperCase() + "-REFERS";
    }
}
