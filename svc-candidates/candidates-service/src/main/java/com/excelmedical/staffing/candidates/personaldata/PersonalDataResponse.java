package com.excelmedical.staffing.candidates.personaldata;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A candidate's personal data in full, for staff only, each read written to the access log. Null where
 * nothing is on file. Its {@link #toString()} is masked.
 */
public record PersonalDataResponse(UUID candidateId, String ssn, LocalDate dateOfBirth) {

    @Override
    public String toString() {
        return "PersonalDataResponse[candidateId=" + candidateId + ", ssn=" + (ssn == null ? null : "***")
                + ", dateOfBirth=" + (dateOfBirth == null ? null : DateOfBirth.MASK) + "]";
    }
}
