package com.excelmedical.staffing.candidates.credentials.certifications;

import com.excelmedical.staffing.candidates.eligibility.CertificationCode;
import com.excelmedical.staffing.platform.problems.ConflictException;

import java.util.UUID;

/** 409: the candidate already holds this certification; the answer names it. */
class DuplicateCertificationException extends ConflictException {

    DuplicateCertificationException(CertificationCode code, UUID existing) {
        super("conflict", "The candidate already holds " + code + (existing == null ? "" : ": certification " + existing)
                + " (one per certification; change that one instead)", "certificationCode");
    }
}
