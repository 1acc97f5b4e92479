package com.excelmedical.staffing.candidates.credentials;

import com.excelmedical.staffing.candidates.eligibility.CredentialStatus;
import com.excelmedical.staffing.platform.problems.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CredentialDatesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @Test
    void workDatesEndOnOrAfterTheStartAndNotAfterToday() {
        assertThatCode(() -> CredentialDates.ordered("startedOn", TODAY, "endedOn", TODAY, false)).doesNotThrowAnyException();
        assertThatThrownBy(() -> CredentialDates.ordered("startedOn", TODAY, "endedOn", TODAY.minusDays(1), false))
                .isInstanceOf(InvalidInputException.class).extracting(e -> ((InvalidInputException) e).field()).isEqualTo("endedOn");
        assertThatThrownBy(() -> CredentialDates.notAfterToday("endedOn", TODAY.plusDays(1), TODAY))
                .isInstanceOf(InvalidInputException.class).extracting(e -> ((InvalidInputException) e).field()).isEqualTo("endedOn");
        assertThatCode(() -> CredentialDates.notAfterToday("endedOn", null, TODAY)).doesNotThrowAnyException();
    }

    @Test
    void aCredentialIsExpiredFromTheDayAfterItsExpiry() {
        assertThat(CredentialDates.statusOn(TODAY, TODAY)).isEqualTo(CredentialStatus.ACTIVE);
        assertThat(CredentialDates.statusOn(TODAY.minusDays(1), TODAY)).isEqualTo(CredentialStatus.EXPIRED);
        assertThat(CredentialDates.statusOn(null, TODAY)).isEqualTo(CredentialStatus.ACTIVE);
    }
}
