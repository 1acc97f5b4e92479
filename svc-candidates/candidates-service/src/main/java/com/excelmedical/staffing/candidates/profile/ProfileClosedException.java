package com.excelmedical.staffing.candidates.profile;

import com.excelmedical.staffing.platform.problems.ConflictException;

import java.util.UUID;

/** 409: a deactivated or erased candidate's profile is not edited any more. */
class ProfileClosedException extends ConflictException {

    ProfileClosedException(UUID candidateId) {
        super("Candidate " + candidateId + " is no longer active; the profile cannot be changed");
    }
}
