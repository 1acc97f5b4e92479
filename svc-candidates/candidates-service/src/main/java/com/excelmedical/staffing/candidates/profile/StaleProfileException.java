package com.excelmedical.staffing.candidates.profile;

import com.excelmedical.staffing.platform.problems.ConflictException;
import com.excelmedical.staffing.platform.problems.ProblemType;

/** 409: the edit was made on an older version of the profile than the one stored. */
class StaleProfileException extends ConflictException {

    StaleProfileException(long given, long current) {
        super(ProblemType.CONCURRENT_MODIFICATION, "The profile changed since version " + given + " was read (now version " + current
                + "); read it again and reapply the change", "version");
    }
}
