package com.excelmedical.staffing.candidates.credentials.certifications;

import com.excelmedical.staffing.candidates.credentials.Verification;
import com.excelmedical.staffing.candidates.eligibility.CredentialStatus;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code candidate_certifications}. */
record StoredCertification(UUID id, UUID candidateId, CertificationDetails details, CredentialStatus status,
                           Verification verification, Instant updatedAt, long version) {
}
