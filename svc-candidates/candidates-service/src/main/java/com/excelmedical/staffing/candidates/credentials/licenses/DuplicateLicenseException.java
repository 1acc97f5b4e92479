package com.excelmedical.staffing.candidates.credentials.licenses;

import com.excelmedical.staffing.platform.problems.ConflictException;

import java.util.UUID;

/** 409: the candidate already holds a license of this type from this state; the answer names it. */
class DuplicateLicenseException extends ConflictException {

    DuplicateLicenseException(String name, UUID existing) {
        super("conflict", "The candidate already holds an " + name + ": license " + existing
                + " (one license per type and state; change that one instead)", "stateCode");
    }

    DuplicateLicenseException(String name) {
        super("conflict", "The candidate already holds an " + name + " (one license per type and state)", "stateCode");
    }
}
