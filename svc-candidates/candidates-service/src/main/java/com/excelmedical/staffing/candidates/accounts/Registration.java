package com.excelmedical.staffing.candidates.accounts;

import java.time.Instant;
import java.util.UUID;

/** A candidate's registration as svc-identity reported it; the referral code is null when none was given. */
public record Registration(UUID candidateId, String email, String firstName, String lastName, String referralCode,
                           Instant registeredAt) {
}
