package com.excelmedical.staffing.jobs.job;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money, never negative. Amounts travel as decimal strings with two decimals; every amount
 * of this service is in US dollars, so the currency is not stored.
 */
public record Money(BigDecimal amount, Currency currency) {

    public static final String CURRENCY = "USD";
    private static final Currency USD = Currency.getInstance(CURRENCY);

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("an amount of money is never negative: " + amount);
        }
    }

    /** Dollars, or nothing when there is no amount. */
    public static Money usd(BigDecimal amount) {
        return amount == null ? null : new Money(amount, USD);
    }

    public static BigDecimal amountOf(Money money) {
        return money == null ? null : money.amount();
    }

    public static String format(Money money) {
        return money == null ? null : format(money.amount());
    }

    public static String format(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
