package com.excelmedical.staffing.candidates.eligibilitycheck;

import com.excelmedical.staffing.candidates.eligibility.CandidateCredentials;
import com.excelmedical.staffing.candidates.eligibility.Certification;
import com.excelmedical.staffing.candidates.eligibility.CertificationCode;
import com.excelmedical.staffing.candidates.eligibility.CredentialStatus;
import com.excelmedical.staffing.candidates.eligibility.License;
import com.excelmedical.staffing.candidates.eligibility.LicenseType;
import com.excelmedical.staffing.candidates.eligibility.StateCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A candidate's licenses and certifications from {@code candidate_licenses} and
 * {@code candidate_certifications}, in one query, whatever their status (the rules weigh status and
 * dates). A row that is not a valid credential (a state or code the rules do not know) cannot make anyone
 * eligible: it is left out and logged by id, rather than failing every answer for the candidate.
 */
@Component
class CredentialsReader {

    private static final Logger log = LoggerFactory.getLogger(CredentialsReader.class);

    private final JdbcClient jdbc;

    CredentialsReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    CandidateCredentials of(UUID candidateId) {
        List<License> licenses = new ArrayList<>();
        List<Certification> certifications = new ArrayList<>();
        jdbc.sql("""
                        SELECT 'L' AS kind, id, license_type AS code, state_code, multistate, issued_on, expires_on, status
                        FROM candidate_licenses WHERE candidate_id = :candidate
                        UNION ALL
                        SELECT 'C', id, certification_code, NULL, false, issued_on, expires_on, status
                        FROM candidate_certifications WHERE candidate_id = :candidate
                        """)
                .param("candidate", candidateId)
                .query(rs -> {
                    String code = rs.getString("code");
                    LocalDate issuedOn = rs.getObject("issued_on", LocalDate.class);
                    LocalDate expiresOn = rs.getObject("expires_on", LocalDate.class);
                    try {
                        CredentialStatus status = CredentialStatus.valueOf(rs.getString("status"));
                        if ("L".equals(rs.getString("kind"))) {
                            licenses.add(new License(LicenseType.valueOf(code), StateCode.of(rs.getString("state_code")), issuedOn,
                                    expiresOn, rs.getBoolean("multistate"), status));
                        } else {
                            certifications.add(new Certification(CertificationCode.of(code), issuedOn, expiresOn, status));
                        }
                    } catch (IllegalArgumentException e) {
                        log.warn("credential {} of candidate {} left out of eligibility: {}", rs.getObject("id", UUID.class),
                                candidateId, e.getMessage());
                    }
                });
        return new CandidateCredentials(licenses, certifications);
    }
}
