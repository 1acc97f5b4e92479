package com.excelmedical.staffing.candidates.credentials.expiry;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class NoticeThresholdTest {

    @ParameterizedTest(name = "after {0}: {1}")
    @CsvSource({"7, 30 14", "14, 30", "30, ''"})
    void theWiderThresholdsAreTheOnesPassed(int days, String wider) {
        assertThat(NoticeThreshold.ofDays(days).wider()).extracting(t -> String.valueOf(t.days()))
                .containsExactly(wider.isEmpty() ? new String[0] : wider.split(" "));
    }
}
