package com.excelmedical.staffing.content.market;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class MarketFiguresTest {

    @Test
    void medianIsTheMiddleValueOrTheMeanOfTheTwoMiddleOnes() {
        assertThat(MarketFigures.median(new long[]{})).isNull();
        assertThat(MarketFigures.median(new long[]{200000})).isEqualTo(200000);
        assertThat(MarketFigures.median(new long[]{200000, 260000, 300000})).isEqualTo(260000);
        assertThat(MarketFigures.median(new long[]{200000, 260001})).isEqualTo(230001);
    }

    @Test
    void moneyIsInCents() {
        assertThat(MarketFigures.money(265050L)).isEqualTo(new BigDecimal("2650.50"));
        assertThat(MarketJobs.cents("2650.5")).isEqualTo(265050L);
        assertThat(MarketJobs.cents(null)).isNull();
    }
}
