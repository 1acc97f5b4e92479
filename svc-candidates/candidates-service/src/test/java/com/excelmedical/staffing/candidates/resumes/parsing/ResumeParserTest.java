package com.excelmedical.staffing.candidates.resumes.parsing;

import com.excelmedical.staffing.candidates.eligibility.LicenseType;
import com.excelmedical.staffing.candidates.eligibility.StateCode;
import com.excelmedical.staffing.candidates.resumes.ResumeFiles;
import com.excelmedical.staffing.candidates.resumes.ResumeReader;
import com.excelmedical.staffing.candidates.resumes.SampleResume;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/** The sample resume written as PDF, DOCX and plain text, read back and parsed: the same structure each time. */
class ResumeParserTest {

    private final ResumeReader reader = new ResumeReader();
    private final ResumeParser parser = new ResumeParser();

    static Stream<Arguments> files() {
        return Stream.of(
                argumentSet("two-page PDF", ResumeFiles.pdf(SampleResume.lines())),
                argumentSet("DOCX", ResumeFiles.docx(SampleResume.lines())),
                argumentSet("plain text", SampleResume.text().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @ParameterizedTest
    @MethodSource("files")
    void readsContactDetails(byte[] file) {
        ContactInfo contact = parse(file).contact();

        assertThat(contact.name().value()).isEqualTo("Jane A. Doe");
        assertThat(contact.email().value()).isEqualTo("jane.doe@example.com");
        assertThat(contact.phone().value()).isEqualTo("+17135550142");
        assertThat(contact.confidence()).isGreaterThan(0.8);
    }

    @ParameterizedTest
    @MethodSource("files")
    void readsLicensesWithStateNumberAndExpiry(byte[] file) {
        assertThat(parse(file).licenses())
                .extracting(ParsedLicense::type, ParsedLicense::state, ParsedLicense::number, ParsedLicense::multistate,
                        ParsedLicense::expiresOn)
                .containsExactly(
                        tuple(LicenseType.RN, StateCode.of("TX"), "123456", false, LocalDate.of(2027, 3, 31)),
                        tuple(LicenseType.RN, StateCode.of("FL"), null, true, null),
                        tuple(LicenseType.RN, StateCode.of("CA"), "95012345", false, LocalDate.of(2026, 10, 31)));
    }

    @ParameterizedTest
    @MethodSource("files")
    void readsCertificationsFromTheReferenceList(byte[] file) {
        assertThat(parse(file).certifications())
                .extracting(c -> c.code().value(), ParsedCertification::expiresOn)
                .containsExactly(
                        tuple("BLS", LocalDate.of(2027, 5, 31)),
                        tuple("ACLS", LocalDate.of(2027, 6, 30)),
                        tuple("PALS", LocalDate.of(2027, 1, 31)),
                        tuple("NIHSS", null),
                        tuple("TNCC", LocalDate.of(2026, 11, 30)));
        assertThat(parse(file).certifications()).allSatisfy(c -> assertThat(c.confidence()).isGreaterThanOrEqualTo(0.9));
    }

    @ParameterizedTest
    @MethodSource("files")
    void readsWorkHistory(byte[] file) {
        assertThat(parse(file).workHistory())
                .extracting(ParsedJob::title, ParsedJob::employer, ParsedJob::start, ParsedJob::end, ParsedJob::current)
                .containsExactly(
                        tuple("ICU Registered Nurse", "Memorial Hermann Hospital", YearMonth.of(2020, 1), null, true),
                        tuple("Travel Nurse", "Cross Country Staffing", YearMonth.of(2018, 3), YearMonth.of(2019, 12), false),
                        tuple("Staff Nurse", "Baylor Scott & White Medical Center", YearMonth.of(2015, 6), YearMonth.of(2018, 2), false));
    }

    @ParameterizedTest
    @MethodSource("files")
    void readsEducationAndSkills(byte[] file) {
        ParsedResume parsed = parse(file);

        assertThat(parsed.education())
                .extracting(ParsedEducation::degree, ParsedEducation::institution, ParsedEducation::year)
                .containsExactly(
                        tuple("Bachelor of Science in Nursing", "University of Texas at Austin", 2015),
                        tuple("Associate Degree in Nursing", "Houston Community College", 2012));
        assertThat(parsed.skills()).extracting(ParsedSkill::name)
                .contains("Epic", "Cerner", "ventilator management", "CRRT", "IV therapy", "Arterial line management",
                        "sepsis bundles", "critical care", "telemetry");
        assertThat(parsed.confidence()).isBetween(0.7, 1.0);
    }

    private ParsedResume parse(byte[] file) {
        return parser.parse(reader.read(file, "resume").text());
    }
}
