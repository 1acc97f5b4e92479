package com.excelmedical.staffing.referrals.reward;

import java.util.Locale;

/**
 * What a ledger entry records. Balances: earned = accrued − denied − reversed; paid = paid; pending (owed,
 * not paid yet) = earned − paid. {@code approved} moves no money: it records who cleared the bonus for payment.
 */
public enum LedgerKind {
    ACCRUED, APPROVED, PAID, DENIED, REVERSED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
