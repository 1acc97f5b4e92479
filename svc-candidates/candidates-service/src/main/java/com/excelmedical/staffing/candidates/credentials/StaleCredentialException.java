package com.excelmedical.staffing.candidates.credentials;

import com.excelmedical.staffing.platform.problems.ConflictException;
import com.excelmedical.staffing.platform.problems.ProblemType;

/** 409: the edit was made on an older version of the credential than the one stored. */
public class StaleCredentialException extends ConflictException {

    public StaleCredentialException(String what, long given) {
        super(ProblemType.CONCURRENT_MODIFICATION, "The " + what + " changed since version " + given
                + " was read; read it again and reapply the change", "version");
    }
}
