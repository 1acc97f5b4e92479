package com.excelmedical.staffing.candidates.credentials.compliance;

import com.excelmedical.staffing.candidates.eligibility.CertificationCode;
import com.excelmedical.staffing.candidates.eligibility.CredentialStatus;

import java.time.LocalDate;
import java.util.UUID;

/** A certification the candidate holds, as compliance reads it; {@code expiresOn} null when it does not expire. */
record HeldCertification(UUID id, CertificationCode code, LocalDate expiresOn, CredentialStatus status) {
}
