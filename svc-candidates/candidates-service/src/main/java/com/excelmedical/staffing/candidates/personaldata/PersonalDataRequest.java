package com.excelmedical.staffing.candidates.personaldata;

import java.time.LocalDate;

/**
 * The candidate's SSN and date of birth; a field left out keeps what is on file. Its {@link #toString()}
 * is masked, so the request never reaches a log in full.
 *
 * @param ssn         123-45-6789 or 123456789; area 000, 666 and 900-999 are never issued
 * @param dateOfBirth ISO date, 16 to 100 years ago
 */
public record PersonalDataRequest(@SocialSecurityNumber String ssn, @BirthDate LocalDate dateOfBirth) {

    @Override
    public String toString() {
        return "PersonalDataRequest[ssn=" + (ssn == null ? null : "***") + ", dateOfBirth="
                + (dateOfBirth == null ? null : DateOfBirth.MASK) + "]";
    }
}
