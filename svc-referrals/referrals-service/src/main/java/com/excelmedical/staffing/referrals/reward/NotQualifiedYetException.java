package com.excelmedical.staffing.referrals.reward;

import com.excelmedical.staffing.platform.problems.ConflictException;

import java.time.Instant;

/** 409: the qualifying period after the placement has not passed; the reward may be approved from then on. */
public class NotQualifiedYetException extends ConflictException {

    public NotQualifiedYetException(Instant qualifiesAt) {
        super("reward-not-qualified-yet", "the reward may be approved from " + qualifiesAt, "qualifiesAt");
    }
}
