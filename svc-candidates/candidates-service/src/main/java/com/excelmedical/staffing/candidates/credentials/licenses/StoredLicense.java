package com.excelmedical.staffing.candidates.credentials.licenses;

import com.excelmedical.staffing.candidates.credentials.Verification;
import com.excelmedical.staffing.candidates.eligibility.CredentialStatus;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code candidate_licenses}. */
record StoredLicense(UUID id, UUID candidateId, LicenseDetails details, CredentialStatus status, Verification verification,
                     Instant updatedAt, long version) {
}
