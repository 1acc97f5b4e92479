package com.excelmedical.staffing.referrals.reward;

import com.excelmedical.staffing.platform.problems.ConflictException;

/** 409: the reward cannot move from its status to the one asked for. */
public class IllegalRewardTransitionException extends ConflictException {

    public IllegalRewardTransitionException(RewardStatus from, RewardStatus to) {
        super("illegal-reward-transition", "a " + from.code() + " reward cannot become " + to.code(), "status");
    }
}
