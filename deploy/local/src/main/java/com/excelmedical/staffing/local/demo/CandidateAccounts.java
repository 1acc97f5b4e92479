package com.excelmedical.staffing.local.demo;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Candidates A and B register themselves ({@code POST /api/identity/register}), B with A's referral code. */
final class CandidateAccounts implements DemoStep {

    static final String REFERRAL_CODE_OF_A = "referral code of candidate A";

    @Override
    public String name() {
        return "candidate accounts";
    }

    @Override
    public Set<String> needs() {
        return Set.of("identity");
    }

    @Override
    public String load(DemoContext context) {
        boolean newA = register(context, DemoAccount.CANDIDATE_A, null);
        String code = ReferralCodes.of(context.gateway(), context.runs("referrals"),
                context.runs("referrals") ? context.token(DemoAccount.CANDIDATE_A) : null, DemoAccount.CANDIDATE_A.firstName());
        context.remember(REFERRAL_CODE_OF_A, code);
        boolean newB = register(context, DemoAccount.CANDIDATE_B, code);
        return (newA || newB ? "registered" : "already there") + "; B with A's referral code " + code;
    }

    /** True when registered now, false when the email was taken by an earlier run. */
    static boolean register(DemoContext context, DemoAccount account, String referralCode) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("email", account.email());
        body.put("password", account.password());
        body.put("firstName", account.firstName());
        body.put("lastName", account.lastName());
        if (referralCode != null) {
            body.put("referralCode", referralCode);
        }
        body.put("consents", Map.of("dataProcessing", true, "marketing", false));
        return context.gateway().post("/api/identity/register", body, null).requireStatus(201, 409).status() == 201;
    }
}
