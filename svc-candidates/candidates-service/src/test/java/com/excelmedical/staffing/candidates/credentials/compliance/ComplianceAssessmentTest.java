package com.excelmedical.staffing.candidates.credentials.compliance;

import com.excelmedical.staffing.candidates.eligibility.CertificationCode;
import com.excelmedical.staffing.candidates.eligibility.CredentialStatus;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ComplianceAssessmentTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final CertificationCode BLS = CertificationCode.of("BLS");
    private static final CertificationCode ACLS = CertificationCode.of("ACLS");
    private static final CertificationCode PALS = CertificationCode.of("PALS");
    private static final CertificationCode TNCC = CertificationCode.of("TNCC");

    @Test
    void eachRequirementIsPresentExpiringExpiredOrMissingAndTheScoreWeighsThem() {
        HeldCertification bls = held(BLS, TODAY.plusDays(31), CredentialStatus.ACTIVE);
        HeldCertification acls = held(ACLS, TODAY.plusDays(30), CredentialStatus.ACTIVE);
        HeldCertification pals = held(PALS, TODAY.minusDays(1), CredentialStatus.ACTIVE);

        ComplianceAssessment assessment = ComplianceAssessment.of(List.of(BLS, ACLS, PALS, TNCC), List.of(bls, acls, pals), TODAY);

        assertThat(assessment.checks()).extracting(RequirementCheck::status).containsExactly(ComplianceStatus.PRESENT,
                ComplianceStatus.EXPIRING, ComplianceStatus.EXPIRED, ComplianceStatus.MISSING);
        assertThat(assessment.checks().get(0).credentialId()).isEqualTo(bls.id());
        assertThat(assessment.checks().get(1).expiresOn()).isEqualTo(TODAY.plusDays(30));
        assertThat(assessment.checks().get(3).credentialId()).isNull();
        // (1 + 0.5 + 0 + 0) / 4 = 37.5 %
        assertThat(assessment.score()).isEqualTo(38);
    }

    @Test
    void allPresentIsAHundredAndNothingHeldIsZero() {
        assertThat(ComplianceAssessment.of(List.of(BLS, ACLS), List.of(held(BLS, null, CredentialStatus.ACTIVE),
                held(ACLS, TODAY.plusYears(2), CredentialStatus.ACTIVE)), TODAY).score()).isEqualTo(100);
        assertThat(ComplianceAssessment.of(List.of(BLS, ACLS), List.of(), TODAY).score()).isZero();
    }

    @Test
    void nothingRequiredScoresAHundred() {
        ComplianceAssessment assessment = ComplianceAssessment.of(List.of(), List.of(held(BLS, null, CredentialStatus.ACTIVE)), TODAY);

        assertThat(assessment.checks()).isEmpty();
        assertThat(assessment.score()).isEqualTo(100);
    }

    @Test
    void aCertificationMarkedExpiredIsExpiredWhateverItsDate() {
        ComplianceAssessment assessment = ComplianceAssessment.of(List.of(BLS), List.of(held(BLS, TODAY, CredentialStatus.EXPIRED)), TODAY);

        assertThat(assessment.checks().getFirst().status()).isEqualTo(ComplianceStatus.EXPIRED);
        assertThat(assessment.score()).isZero();
    }

    @Test
    void expiringTodayIsStillExpiringAndHalfTheCredit() {
        ComplianceAssessment assessment = ComplianceAssessment.of(List.of(BLS), List.of(held(BLS, TODAY, CredentialStatus.ACTIVE)), TODAY);

        assertThat(assessment.checks().getFirst().status()).isEqualTo(ComplianceStatus.EXPIRING);
        assertThat(assessment.score()).isEqualTo(50);
    }

    private static HeldCertification held(CertificationCode code, LocalDate expiresOn, CredentialStatus status) {
        return new HeldCertification(UUID.randomUUID(), code, expiresOn, status);
    }
}
