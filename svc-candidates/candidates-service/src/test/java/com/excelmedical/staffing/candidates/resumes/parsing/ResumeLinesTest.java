package com.excelmedical.staffing.candidates.resumes.parsing;

import com.excelmedical.staffing.candidates.eligibility.LicenseType;
import com.excelmedical.staffing.candidates.eligibility.StateCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** How single lines are read, away from the sample resume. */
class ResumeLinesTest {

    private final ResumeParser parser = new ResumeParser();

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Texas RN License #RN789012                          | RN  | TX | RN789012 | false | -
            Multistate RN license - Florida, exp. 07/2027       | RN  | FL | -        | true  | 2027-07-31
            LVN License: CA VN 334455 (expires 2026-02-28)      | LPN | CA | 334455   | false | 2026-02-28
            Compact license, AZ                                 | RN  | AZ | -        | true  | -
            """)
    void readsALicenseLine(String line, LicenseType type, String state, String number, boolean multistate, LocalDate expires) {
        assertThat(parser.parse("Licenses\n" + line).licenses()).singleElement().satisfies(license -> {
            assertThat(license.type()).isEqualTo(type);
            assertThat(license.state()).isEqualTo(StateCode.of(state));
            assertThat(license.number()).isEqualTo(number);
            assertThat(license.multistate()).isEqualTo(multistate);
            assertThat(license.expiresOn()).isEqualTo(expires);
        });
    }

    @Test
    void takesAJobTitleWithLicensedInItForNoLicense() {
        ParsedResume parsed = parser.parse("""
                Experience
                Licensed Practical Nurse at Sunrise Care Center, Austin, TX | 2014 - 2016
                """);

        assertThat(parsed.licenses()).isEmpty();
        assertThat(parsed.workHistory()).singleElement().satisfies(job -> {
            assertThat(job.title()).isEqualTo("Licensed Practical Nurse");
            assertThat(job.employer()).isEqualTo("Sunrise Care Center");
        });
    }

    @Test
    void findsNothingInTextThatIsNoResume() {
        ParsedResume parsed = parser.parse("Minutes of the garden committee.\nWe agreed to plant more tulips next spring.");

        assertThat(parsed.licenses()).isEmpty();
        assertThat(parsed.certifications()).isEmpty();
        assertThat(parsed.workHistory()).isEmpty();
        assertThat(parsed.confidence()).isLessThan(0.2);
    }

    @Test
    void readsCertificationsByFullNameAndKeepsEachExpiryWithItsOwnName() {
        ParsedResume parsed = parser.parse("Certifications\nBasic Life Support 04/2027, Advanced Cardiovascular Life Support 09/2026; ARRT (CT)");

        assertThat(parsed.certifications()).extracting(c -> c.code().value(), ParsedCertification::expiresOn)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("BLS", LocalDate.of(2027, 4, 30)),
                        org.assertj.core.groups.Tuple.tuple("ACLS", LocalDate.of(2026, 9, 30)),
                        org.assertj.core.groups.Tuple.tuple("ARRT_CT", null));
    }
}
