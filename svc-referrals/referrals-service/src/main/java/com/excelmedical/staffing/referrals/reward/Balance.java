package com.excelmedical.staffing.referrals.reward;

import java.math.BigDecimal;

/**
 * A referrer's money in one currency, from the ledger.
 *
 * @param earned  every bonus not denied (pending, approved or paid)
 * @param pending earned but not paid yet
 * @param paid    paid out
 */
public record Balance(String currency, BigDecimal earned, BigDecimal pending, BigDecimal paid) {

    static Balance of(String currency, BigDecimal earned, BigDecimal paid) {
        return new Balance(currency, earned.setScale(2), earned.subtract(paid).setScale(2), paid.setScale(2));
    }
}
