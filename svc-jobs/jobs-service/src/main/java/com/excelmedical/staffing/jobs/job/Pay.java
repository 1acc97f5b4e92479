package com.excelmedical.staffing.jobs.job;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;

/** What a candidate earns on the job; each part may be unknown. */
@Embeddable
public record Pay(@Column(name = "hourly_pay") Money hourly,
                  @Column(name = "weekly_pay") Money weekly,
                  @Column(name = "housing_stipend") Money housingStipend,
                  @Column(name = "sign_on_bonus") Money signOnBonus) {

    public static final Pay NONE = new Pay(null, null, null, null);

    public static Pay usd(BigDecimal hourly, BigDecimal weekly, BigDecimal housingStipend, BigDecimal signOnBonus) {
        return new Pay(Money.usd(hourly), Money.usd(weekly), Money.usd(housingStipend), Money.usd(signOnBonus));
    }
}
