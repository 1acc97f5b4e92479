package com.excelmedical.staffing.candidates.eligibility;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether a candidate may work a job. Eligible when
 * <ol>
 *   <li>they hold an active license valid on the job's start date issued by the job's state, or a
 *       multistate license from a Nurse Licensure Compact state while the job's state honours it; and</li>
 *   <li>every certification the job requires is valid through the job's end date.</li>
 * </ol>
 * Every reason against is listed, license reasons first. Not eligible never means not allowed to apply:
 * recruiters decide.
 */
public final class Eligibility {

    private Eligibility() {
    }

    public static EligibilityResult evaluate(CandidateCredentials candidate, JobRequirements job, CompactMembership compact) {
        List<IneligibilityReason> reasons = new ArrayList<>(LicenseCheck.check(candidate.licenses(), job, compact));
        reasons.addAll(CertificationCheck.check(candidate.certifications(), job));
        return EligibilityResult.of(reasons);
    }
}
