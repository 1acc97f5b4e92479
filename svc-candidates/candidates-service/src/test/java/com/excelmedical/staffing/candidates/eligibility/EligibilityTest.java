package com.excelmedical.staffing.candidates.eligibility;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static com.excelmedical.staffing.candidates.eligibility.Credentials.aNurse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * The eligibility rule over a table of cases. Every job runs 2026-03-02 to 2026-05-31 and requires BLS
 * and ACLS unless the case says otherwise; TX, FL and AZ are full compact members, PA only honours
 * multistate licenses, CA is not a member.
 */
class EligibilityTest {

    private static final JobWindow SPRING = new JobWindow(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 5, 31));
    private static final CompactMembership COMPACT = CompactMembership.of(
            Set.of(StateCode.of("TX"), StateCode.of("FL"), StateCode.of("AZ")), Set.of(StateCode.of("PA")));

    static Stream<Arguments> cases() {
        return Stream.of(
                row("in-state license, both certifications through the end",
                        aNurse().rn("CA", "2027-01-31").cert("BLS", "2027-01-31").cert("ACLS", "2026-05-31"), "CA"),
                row("compact license from a member, job in a member state",
                        aNurse().multistateRn("FL", "2027-01-31").cert("BLS", "2027-01-31").cert("ACLS", "2027-01-31"), "TX"),
                row("compact license, job in a state that only honours multistate licenses",
                        aNurse().multistateRn("FL", "2027-01-31").cert("BLS", "2027-01-31").cert("ACLS", "2027-01-31"), "PA"),
                row("compact license, job in a non-member state",
                        aNurse().multistateRn("FL", "2027-01-31").cert("BLS", "2027-01-31").cert("ACLS", "2027-01-31"), "CA",
                        "no_license_in_state", "compact_not_honoured_in_state"),
                row("single-state license from a member state, job in another member state",
                        aNurse().rn("FL", "2027-01-31").cert("BLS", "2027-01-31").cert("ACLS", "2027-01-31"), "TX",
                        "no_license_in_state"),
                row("multistate license claimed from a state that issues none",
                        aNurse().multistateRn("PA", "2027-01-31").cert("BLS", "2027-01-31").cert("ACLS", "2027-01-31"), "TX",
                        "no_license_in_state", "compact_home_state_not_member"),
                row("in-state license expiring the day before the start",
                        aNurse().rn("CA", "2026-03-01").cert("BLS", "2027-01-31").cert("ACLS", "2027-01-31"), "CA",
                        "license_expires_before_start"),
                row("in-state license expiring on the start day still counts",
                        aNurse().rn("CA", "2026-03-02").cert("BLS", "2027-01-31").cert("ACLS", "2027-01-31"), "CA"),
                row("compact license expiring before the start",
                        aNurse().multistateRn("AZ", "2026-02-28").cert("BLS", "2027-01-31").cert("ACLS", "2027-01-31"), "TX",
                        "license_expires_before_start"),
                row("pending in-state license",
                        aNurse().license(LicenseType.RN, "CA", "2027-01-31", false, CredentialStatus.PENDING)
                                .cert("BLS", "2027-01-31").cert("ACLS", "2027-01-31"), "CA",
                        "license_not_active"),
                row("license issued after the start",
                        aNurse().rnIssued("CA", "2026-03-10", "2028-03-10").cert("BLS", "2027-01-31").cert("ACLS", "2027-01-31"), "CA",
                        "license_issued_after_start"),
                row("an expired license and a valid one in the state",
                        aNurse().rn("CA", "2025-12-31").rn("CA", "2027-12-31").cert("BLS", "2027-01-31").cert("ACLS", "2027-01-31"), "CA"),
                row("certification expiring mid-assignment",
                        aNurse().rn("CA", "2027-01-31").cert("BLS", "2027-01-31").cert("ACLS", "2026-04-15"), "CA",
                        "certification_expires_during_assignment:ACLS"),
                row("certification expired before the start",
                        aNurse().rn("CA", "2027-01-31").cert("BLS", "2026-01-15").cert("ACLS", "2027-01-31"), "CA",
                        "certification_expired:BLS"),
                row("missing certification",
                        aNurse().rn("CA", "2027-01-31").cert("BLS", "2027-01-31"), "CA",
                        "certification_missing:ACLS"),
                row("certification without expiry",
                        aNurse().rn("CA", "2027-01-31").cert("BLS", null).cert("ACLS", "2027-01-31"), "CA"),
                row("pending certification",
                        aNurse().rn("CA", "2027-01-31").cert("BLS", "2027-01-31").cert("ACLS", "2027-01-31", CredentialStatus.PENDING), "CA",
                        "certification_not_active:ACLS"),
                row("renewed certification next to the expiring one",
                        aNurse().rn("CA", "2027-01-31").cert("BLS", "2027-01-31").cert("ACLS", "2026-04-15").cert("ACLS", "2028-04-15"), "CA"),
                row("nothing at all: every reason, licenses first, certifications in the job's order",
                        aNurse(), "TX",
                        "no_license_in_state", "certification_missing:BLS", "certification_missing:ACLS"),
                row("everything wrong at once",
                        aNurse().rn("TX", "2026-01-31").cert("ACLS", "2026-04-30"), "TX",
                        "license_expires_before_start", "certification_missing:BLS", "certification_expires_during_assignment:ACLS"));
    }

    private static Arguments row(String name, Credentials candidate, String jobState, String... reasons) {
        return argumentSet(name, candidate, jobState, List.of(reasons));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void evaluatesTheCase(Credentials candidate, String jobState, List<String> expectedReasons) {
        JobRequirements job = JobRequirements.of(StateCode.of(jobState), SPRING, LicenseType.RN,
                List.of(CertificationCode.of("BLS"), CertificationCode.of("ACLS")));

        EligibilityResult result = Eligibility.evaluate(candidate.build(), job, COMPACT);

        assertThat(result.reasonCodes()).isEqualTo(expectedReasons);
        assertThat(result.eligible()).isEqualTo(expectedReasons.isEmpty());
    }

    static Stream<Arguments> licenseTypeCases() {
        return Stream.of(
                argumentSet("an LPN license does not answer for an RN job", LicenseType.RN, List.of("no_license_in_state")),
                argumentSet("an LPN license answers for an LPN job", LicenseType.LPN, List.of()),
                argumentSet("any license answers for a job that names no type", null, List.of()));
    }

    @ParameterizedTest
    @MethodSource("licenseTypeCases")
    void countsOnlyLicensesOfTheJobsType(LicenseType jobType, List<String> expectedReasons) {
        CandidateCredentials lpn = aNurse().license(LicenseType.LPN, "TX", "2027-01-31", false, CredentialStatus.ACTIVE).build();
        JobRequirements job = JobRequirements.of(StateCode.of("TX"), SPRING, jobType, List.of());

        assertThat(Eligibility.evaluate(lpn, job, COMPACT).reasonCodes()).isEqualTo(expectedReasons);
    }
}
