package com.excelmedical.staffing.referrals.reward;

import java.util.Locale;

/** How a bonus was paid. */
public enum PaymentMethod {
    BANK_TRANSFER, CHECK, PAYROLL, PAYPAL;

    public static final String CODES = "bank_transfer|check|payroll|paypal";

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PaymentMethod fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
