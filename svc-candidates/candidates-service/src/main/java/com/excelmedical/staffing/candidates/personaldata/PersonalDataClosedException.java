package com.excelmedical.staffing.candidates.personaldata;

import com.excelmedical.staffing.platform.problems.ConflictException;

import java.util.UUID;

/** 409: a deactivated or erased candidate's personal data is not taken any more. */
class PersonalDataClosedException extends ConflictException {

    PersonalDataClosedException(UUID candidateId) {
        super("Candidate " + candidateId + " is no longer active; personal data cannot be changed");
    }
}
