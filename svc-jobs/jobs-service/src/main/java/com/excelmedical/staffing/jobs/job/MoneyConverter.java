package com.excelmedical.staffing.jobs.job;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.math.BigDecimal;

/** A money column holds the amount; the currency is the service's one currency. */
@Converter(autoApply = true)
class MoneyConverter implements AttributeConverter<Money, BigDecimal> {

    @Override
    public BigDecimal convertToDatabaseColumn(Money money) {
        return Money.amountOf(money);
    }

    @Override
    public Money convertToEntityAttribute(BigDecimal amount) {
        return Money.usd(amount);
    }
}
