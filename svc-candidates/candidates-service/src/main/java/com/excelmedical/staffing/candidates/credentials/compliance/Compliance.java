package com.excelmedical.staffing.candidates.credentials.compliance;

import com.excelmedical.staffing.candidates.eligibility.CertificationCode;
import com.excelmedical.staffing.candidates.eligibility.CredentialStatus;
import com.excelmedical.staffing.candidates.reference.Certification;
import com.excelmedical.staffing.candidates.reference.ReferenceData;
import com.excelmedical.staffing.candidates.reference.Specialty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A candidate's compliance with the certifications their profile's specialty requires, by svc-jobs'
 * specialty reference data ({@link ReferenceData}: the last good copy when svc-jobs is down, 503 when it
 * was never read).
 */
@Service
class Compliance {

    static final String SPECIALTY_NOT_SET = "specialty_not_set";
    static final String SPECIALTY_UNKNOWN = "specialty_unknown";

    private final JdbcClient jdbc;
    private final ReferenceData reference;
    private final Clock clock;

    Compliance(JdbcClient jdbc, ReferenceData reference, Clock clock) {
        this.jdbc = jdbc;
        this.reference = reference;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    ComplianceResponse of(UUID candidateId) {
        LocalDate today = LocalDate.now(clock);
        String specialtyCode = jdbc.sql("SELECT specialty FROM candidates WHERE id = :id").param("id", candidateId)
                .query(String.class).optional().orElse(null);
        if (specialtyCode == null) {
            return new ComplianceResponse(candidateId, null, today, null, SPECIALTY_NOT_SET, List.of());
        }
        Optional<Specialty> specialty = reference.specialtyByCode(specialtyCode);
        if (specialty.isEmpty()) {
            return new ComplianceResponse(candidateId, specialtyCode, today, null, SPECIALTY_UNKNOWN, List.of());
        }
        ComplianceAssessment assessment = ComplianceAssessment.of(specialty.get().requiredCertifications(), held(candidateId), today);
        List<ComplianceResponse.Item> items = assessment.checks().stream()
                .map(check -> new ComplianceResponse.Item(check.code().value(),
                        reference.certification(check.code()).map(Certification::name).orElse(check.code().value()),
                        check.status().code(), check.credentialId(), check.expiresOn()))
                .toList();
        return new ComplianceResponse(candidateId, specialty.get().code(), today, assessment.score(), null, items);
    }

    private List<HeldCertification> held(UUID candidateId) {
        return jdbc.sql("SELECT id, certification_code, expires_on, status FROM candidate_certifications WHERE candidate_id = :id")
                .param("id", candidateId)
                .query((rs, n) -> new HeldCertification(rs.getObject("id", UUID.class), new CertificationCode(rs.getString("certification_code")),
                        rs.getObject("expires_on", LocalDate.class), CredentialStatus.valueOf(rs.getString("status"))))
                .list();
    }
}
