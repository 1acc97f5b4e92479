package com.excelmedical.staffing.candidates.eligibility;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CredentialValuesTest {

    @ParameterizedTest
    @ValueSource(strings = {"ZZ", "PR", "T", "Texas", ""})
    void refusesUnknownStateCodes(String code) {
        assertThatIllegalArgumentException().isThrownBy(() -> StateCode.of(code));
    }

    @Test
    void readsStateCodesInAnyCase() {
        assertThat(StateCode.of(" tx ")).isEqualTo(new StateCode("TX"));
        assertThat(StateCode.isKnown("dc")).isTrue();
    }

    @Test
    void refusesALicenseExpiringBeforeItIsIssued() {
        assertThatIllegalArgumentException().isThrownBy(() -> new License(LicenseType.RN, StateCode.of("TX"),
                LocalDate.of(2025, 1, 1), LocalDate.of(2024, 12, 31), false, CredentialStatus.ACTIVE));
    }

    @Test
    void refusesAMultistateLicenseOutsideTheCompactsProfessions() {
        assertThatIllegalArgumentException().isThrownBy(() -> new License(LicenseType.APRN, StateCode.of("TX"),
                LocalDate.of(2025, 1, 1), LocalDate.of(2027, 1, 1), true, CredentialStatus.ACTIVE));
    }

    @Test
    void refusesAWindowEndingBeforeItStarts() {
        assertThatIllegalArgumentException().isThrownBy(() -> new JobWindow(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"B", "BLS!", "1BLS", "ARRT CT"})
    void refusesMalformedCertificationCodes(String code) {
        assertThatIllegalArgumentException().isThrownBy(() -> CertificationCode.of(code));
    }
}
