package com.excelmedical.staffing.candidates.profile;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;

/** The weekly pay the candidate looks for; either bound may be open, the minimum never above the maximum. */
@Embeddable
public record PayRange(@Column(name = "weekly_pay_min") BigDecimal min, @Column(name = "weekly_pay_max") BigDecimal max,
                       @Column(name = "pay_currency") String currency) {

    public PayRange {
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw new IllegalArgumentException("the minimum weekly pay is above the maximum");
        }
    }

    boolean isGiven() {
        return min != null || max != null;
    }
}
