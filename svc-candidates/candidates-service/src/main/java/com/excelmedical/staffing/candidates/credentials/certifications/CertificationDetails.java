package com.excelmedical.staffing.candidates.credentials.certifications;

import com.excelmedical.staffing.candidates.eligibility.CertificationCode;

import java.time.LocalDate;
import java.util.Objects;

/** What the candidate says about a certification; {@code expiresOn} null when it does not expire. */
record CertificationDetails(CertificationCode code, String issuingBody, String number, LocalDate issuedOn, LocalDate expiresOn) {

    /** Whether {@code other} has the same number and dates, so that a verification of it still holds. */
    boolean sameAsVerified(CertificationDetails other) {
        return Objects.equals(number, other.number) && issuedOn.equals(other.issuedOn) && Objects.equals(expiresOn, other.expiresOn);
    }
}
