package com.excelmedical.staffing.candidates.accounts;

import java.util.UUID;

/**
 * The part of a candidate other features need: the id (the same as the identity user id), whether the
 * candidate may act, and the referral code they registered with (null when none, or not known yet).
 */
public record CandidateAccount(UUID id, CandidateStatus status, String registeredReferralCode) {
}
