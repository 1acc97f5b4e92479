package com.excelmedical.staffing.jobs.job;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts travel as decimal strings with two decimals; every amount of this service is in US dollars. */
public final class Money {

    public static final String CURRENCY = "USD";

    private Money() {
    }

    public static String format(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
