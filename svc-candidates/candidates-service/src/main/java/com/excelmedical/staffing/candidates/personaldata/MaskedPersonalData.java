package com.excelmedical.staffing.candidates.personaldata;

/**
 * What the candidate sees of their own sensitive personal data: whether it is on file, never the value.
 *
 * @param ssn         {@code ***-**-6789} (the last four digits), or null when none is on file
 * @param dateOfBirth {@code ****-**-**}, or null when none is on file
 */
public record MaskedPersonalData(String ssn, String dateOfBirth) {

    static final MaskedPersonalData NONE = new MaskedPersonalData(null, null);
}
