package com.excelmedical.staffing.candidates.credentials;

import com.excelmedical.staffing.platform.problems.ConflictException;

import java.util.UUID;

/** 409: a deactivated or erased candidate's credentials are not changed any more (as with the profile). */
class CandidateClosedException extends ConflictException {

    CandidateClosedException(UUID candidateId) {
        super("Candidate " + candidateId + " is no longer active; the credentials cannot be changed");
    }
}
