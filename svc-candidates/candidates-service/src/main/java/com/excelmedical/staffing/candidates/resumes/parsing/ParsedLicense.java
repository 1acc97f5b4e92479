package com.excelmedical.staffing.candidates.resumes.parsing;

import com.excelmedical.staffing.candidates.eligibility.LicenseType;
import com.excelmedical.staffing.candidates.eligibility.StateCode;

import java.time.LocalDate;

/** A license the resume mentions; {@code number} and {@code expiresOn} null when not given. */
public record ParsedLicense(LicenseType type, StateCode state, String number, boolean multistate, LocalDate expiresOn,
                            double confidence) {

    public ParsedLicense {
        Confidence.check(confidence);
    }
}
