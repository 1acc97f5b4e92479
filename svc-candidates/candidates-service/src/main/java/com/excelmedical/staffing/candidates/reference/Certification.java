package com.excelmedical.staffing.candidates.reference;

import com.excelmedical.staffing.candidates.eligibility.CertificationCode;

/** A certification of svc-jobs' reference data: its code ({@code ACLS}) and full name. */
public record Certification(CertificationCode code, String name) {
}
