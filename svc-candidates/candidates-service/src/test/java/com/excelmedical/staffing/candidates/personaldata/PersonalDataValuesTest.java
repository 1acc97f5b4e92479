package com.excelmedical.staffing.candidates.personaldata;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PersonalDataValuesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @ParameterizedTest
    @ValueSource(strings = {"123-45-6789", "123456789", "12345-6789", "123-456789"})
    void ssnIsKeptInOneFormAndShownMasked(String given) {
        Ssn ssn = new Ssn(given);

        assertThat(ssn.value()).isEqualTo("123-45-6789");
        assertThat(ssn.masked()).isEqualTo("***-**-6789");
        assertThat(ssn.toString()).isEqualTo("***-**-6789").doesNotContain("123");
    }

    @ParameterizedTest
    @ValueSource(strings = {"000-12-3456", "666-12-3456", "900-12-3456", "999-12-3456", "123-00-4567", "123-45-0000",
            "12-345-6789", "1234567890", "123 45 6789", "abc-de-fghi", ""})
    void numbersNeverIssuedAreRefusedWithoutQuotingThem(String given) {
        assertThat(Ssn.problem(given)).isNotNull().doesNotContain(given.isEmpty() ? "\u0000" : given);
        assertThatIllegalArgumentException().isThrownBy(() -> new Ssn(given));
    }

    @ParameterizedTest
    @CsvSource({"2026-11-30, must be a date in the past", "2027-01-01, must be a date in the past",
            "2010-12-01, must be at least 16 years ago", "1926-11-29, must be at most 100 years ago"})
    void implausibleDatesOfBirthAreRefused(LocalDate date, String problem) {
        assertThat(DateOfBirth.problem(date, TODAY)).isEqualTo(problem);
    }

    @Test
    void plausibleDatesOfBirthPassAndAreMaskedWhenPrinted() {
        assertThat(DateOfBirth.problem(LocalDate.of(2010, 11, 30), TODAY)).isNull();
        assertThat(DateOfBirth.problem(LocalDate.of(1926, 11, 30), TODAY)).isNull();
        assertThat(new DateOfBirth(LocalDate.of(1990, 4, 1)).toString()).isEqualTo("****-**-**");
        assertThat(new PersonalDataRequest("123-45-6789", LocalDate.of(1990, 4, 1), null).toString())
                .doesNotContain("6789").doesNotContain("1990");
    }
}
