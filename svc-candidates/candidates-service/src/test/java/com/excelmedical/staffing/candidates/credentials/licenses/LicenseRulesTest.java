package com.excelmedical.staffing.candidates.credentials.licenses;

import com.excelmedical.staffing.candidates.eligibility.CompactMembership;
import com.excelmedical.staffing.candidates.eligibility.LicenseType;
import com.excelmedical.staffing.candidates.eligibility.StateCode;
import com.excelmedical.staffing.platform.problems.DomainException;
import com.excelmedical.staffing.platform.problems.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LicenseRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final CompactMembership COMPACT = CompactMembership.of(Set.of(StateCode.of("TX"), StateCode.of("FL")),
            Set.of(StateCode.of("PA")));

    @Test
    void aValidLicenseBecomesItsDetails() {
        LicenseDetails details = request("RN", "TX", true, "2024-01-15", "2028-01-31", null).toDetails(TODAY);

        assertThat(details).isEqualTo(new LicenseDetails(LicenseType.RN, "TX", "RN-123456", true, LocalDate.of(2024, 1, 15),
                LocalDate.of(2028, 1, 31)));
        assertThat(details.name()).isEqualTo("RN license TX");
    }

    @ParameterizedTest(name = "issued {0}, expires {1}: 400 naming {2}")
    @CsvSource({
            "2026-12-01, 2028-01-01, issuedOn",      // issued tomorrow
            "2024-01-15, 2024-01-15, expiresOn",     // expires the day it is issued
            "2024-01-15, 2023-12-31, expiresOn",     // expires before it is issued
            "2024-01-15, 2036-12-01, expiresOn",     // more than ten years ahead
    })
    void datesOutOfOrderOrTooFarAheadAreRefusedNamingTheField(String issued, String expires, String field) {
        assertThatThrownBy(() -> request("RN", "TX", false, issued, expires, null).toDetails(TODAY))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo(field);
    }

    @Test
    void anExpiryTenYearsAheadIsAccepted() {
        assertThat(request("RN", "TX", false, "2024-01-15", "2036-11-30", null).toDetails(TODAY).expiresOn())
                .isEqualTo(LocalDate.of(2036, 11, 30));
    }

    @Test
    void aFieldTheBodyDoesNotDeclareIsNamed() {
        assertThatThrownBy(() -> request("RN", "TX", false, "2024-01-15", "2028-01-31", Map.of("verifiedBy", "me")).toDetails(TODAY))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("verifiedBy");
    }

    @ParameterizedTest(name = "{0} {1} multistate: allowed {2}")
    @CsvSource({
            "RN, TX, true",     // a full member issues multistate RN licenses
            "LPN, FL, true",
            "APRN, TX, false",  // the compact covers RNs and LPNs only
            "OTHER, TX, false",
            "RN, CA, false",    // not a member
            "RN, PA, false",    // honours other members' multistate licenses but issues none
            "RN, PR, false",    // a territory outside the compact reference data
    })
    void multistateOnlyForCompactTypesFromIssuingStates(String type, String state, boolean allowed) {
        LicenseDetails details = new LicenseDetails(LicenseType.valueOf(type), state, "N1", true, TODAY.minusYears(1), TODAY.plusYears(1));
        if (allowed) {
            details.checkMultistate(COMPACT);
        } else {
            assertThatThrownBy(() -> details.checkMultistate(COMPACT)).isInstanceOf(MultistateNotIssuedException.class)
                    .extracting(e -> ((DomainException) e).field()).isEqualTo("multistate");
        }
    }

    @Test
    void aSingleStateLicenseNeedsNoCompact() {
        new LicenseDetails(LicenseType.APRN, "CA", "N1", false, TODAY.minusYears(1), TODAY.plusYears(1))
                .checkMultistate(CompactMembership.none());
    }

    @Test
    void onlyTheNumberAndTheDatesDecideWhetherAVerificationHolds() {
        LicenseDetails verified = new LicenseDetails(LicenseType.RN, "TX", "N1", false, TODAY.minusYears(1), TODAY.plusYears(1));

        assertThat(verified.sameAsVerified(new LicenseDetails(LicenseType.RN, "TX", "N1", true, TODAY.minusYears(1),
                TODAY.plusYears(1)))).isTrue();
        assertThat(verified.sameAsVerified(new LicenseDetails(LicenseType.RN, "TX", "N2", false, TODAY.minusYears(1),
                TODAY.plusYears(1)))).isFalse();
        assertThat(verified.sameAsVerified(new LicenseDetails(LicenseType.RN, "TX", "N1", false, TODAY.minusYears(1),
                TODAY.plusYears(2)))).isFalse();
        assertThat(verified.sameAsVerified(new LicenseDetails(LicenseType.RN, "TX", "N1", false, TODAY.minusYears(2),
                TODAY.plusYears(1)))).isFalse();
    }

    private static LicenseRequest request(String type, String state, boolean multistate, String issued, String expires,
                                          Map<String, Object> unknown) {
        return new LicenseRequest(null, type, state, "RN-123456", multistate, LocalDate.parse(issued), LocalDate.parse(expires),
                unknown);
    }
}
