package com.excelmedical.staffing.candidates.resumes.parsing;

import com.excelmedical.staffing.candidates.eligibility.CertificationCode;

import java.time.LocalDate;

/** A certification from the reference list the resume mentions; {@code expiresOn} null when not given. */
public record ParsedCertification(CertificationCode code, LocalDate expiresOn, double confidence) {

    public ParsedCertification {
        Confidence.check(confidence);
    }
}
