package com.excelmedical.staffing.candidates.credentials.compliance;

import com.excelmedical.staffing.candidates.eligibility.CertificationCode;

import java.time.LocalDate;
import java.util.UUID;

/** One required certification and where the candidate stands on it; the held one's id and expiry when there is one. */
record RequirementCheck(CertificationCode code, ComplianceStatus status, UUID credentialId, LocalDate expiresOn) {
}
