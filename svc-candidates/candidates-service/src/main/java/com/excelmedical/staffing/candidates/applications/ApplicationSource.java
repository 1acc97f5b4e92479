package com.excelmedical.staffing.candidates.applications;

/** How the candidate came to the job: on their own, with a referral code, or through a recruiter's share link. */
public enum ApplicationSource {
    DIRECT("direct"),
    REFERRAL("referral"),
    JOB_SHARE("job_share");

    private final String code;

    ApplicationSource(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    static ApplicationSource of(String referralCode, String shareCode) {
        if (shareCode != null) {
            return JOB_SHARE;
        }
        return referralCode != null ? REFERRAL : DIRECT;
    }
}
