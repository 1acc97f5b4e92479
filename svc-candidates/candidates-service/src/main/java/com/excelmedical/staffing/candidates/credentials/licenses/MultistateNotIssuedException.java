package com.excelmedical.staffing.candidates.credentials.licenses;

import com.excelmedical.staffing.platform.problems.UnprocessableException;

/**
 * 422: a multistate license is an RN or LPN license issued by a state that issues multistate licenses
 * under the Nurse Licensure Compact; this one is not.
 */
class MultistateNotIssuedException extends UnprocessableException {

    MultistateNotIssuedException(String reason) {
        super("unprocessable", reason, "multistate");
    }
}
