package com.excelmedical.staffing.candidates.credentials.certifications;

import com.excelmedical.staffing.candidates.credentials.Verification;
import com.excelmedical.staffing.candidates.credentials.VerificationMethod;
import com.excelmedical.staffing.candidates.eligibility.CertificationCode;
import com.excelmedical.staffing.candidates.eligibility.CredentialStatus;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The {@code candidate_certifications} table; every statement is scoped to the owning candidate. */
@Repository
class CertificationStore {

    private static final String COLUMNS = """
            id, candidate_id, certification_code, issuing_body, credential_number, issued_on, expires_on, status,
            verified_by, verified_at, verification_method, updated_at, version""";
    private static final RowMapper<StoredCertification> ROW = (rs, n) -> {
        String method = rs.getString("verification_method");
        Verification verification = method == null ? null : new Verification(rs.getObject("verified_by", UUID.class),
                rs.getTimestamp("verified_at").toInstant(), VerificationMethod.valueOf(method));
        return new StoredCertification(rs.getObject("id", UUID.class), rs.getObject("candidate_id", UUID.class),
                new CertificationDetails(new CertificationCode(rs.getString("certification_code")), rs.getString("issuing_body"),
                        rs.getString("credential_number"), rs.getObject("issued_on", LocalDate.class),
                        rs.getObject("expires_on", LocalDate.class)),
                CredentialStatus.valueOf(rs.getString("status")), verification, rs.getTimestamp("updated_at").toInstant(),
                rs.getLong("version"));
    };

    private final JdbcClient jdbc;

    CertificationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<StoredCertification> list(UUID candidateId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM candidate_certifications WHERE candidate_id = :candidate "
                        + "ORDER BY certification_code, id")
                .param("candidate", candidateId).query(ROW).list();
    }

    Optional<StoredCertification> find(UUID candidateId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM candidate_certifications WHERE candidate_id = :candidate AND id = :id")
                .param("candidate", candidateId).param("id", id).query(ROW).optional();
    }

    /** The candidate's certification with this code other than {@code except} (null: any). */
    Optional<UUID> sameCode(UUID candidateId, CertificationCode code, UUID except) {
        return jdbc.sql("""
                        SELECT id FROM candidate_certifications WHERE candidate_id = :candidate AND certification_code = :code
                            AND (CAST(:except AS uuid) IS NULL OR id <> :except)""")
                .param("candidate", candidateId).param("code", code.value()).param("except", except).query(UUID.class).optional();
    }

    void insert(UUID id, UUID candidateId, CertificationDetails details, CredentialStatus status, Instant now) {
        jdbc.sql("""
                        INSERT INTO candidate_certifications (id, candidate_id, certification_code, issuing_body, credential_number,
                            issued_on, expires_on, status, created_at, updated_at)
                        VALUES (:id, :candidate, :code, :body, :number, :issuedOn, :expiresOn, :status, :now, :now)""")
                .param("id", id).param("candidate", candidateId).param("code", details.code().value())
                .param("body", details.issuingBody()).param("number", details.number()).param("issuedOn", details.issuedOn())
                .param("expiresOn", details.expiresOn()).param("status", status.name()).param("now", Timestamp.from(now)).update();
    }

    /** Replaces the details if the row is still at {@code version}; false when it is not (or is gone). */
    boolean update(UUID candidateId, UUID id, long version, CertificationDetails details, CredentialStatus status,
                   boolean keepVerification, Instant now) {
        return jdbc.sql("""
                        UPDATE candidate_certifications SET certification_code = :code, issuing_body = :body,
                            credential_number = :number, issued_on = :issuedOn, expires_on = :expiresOn, status = :status,
                            verified_by = CASE WHEN :keep THEN verified_by END,
                            verified_at = CASE WHEN :keep THEN verified_at END,
                            verification_method = CASE WHEN :keep THEN verification_method END,
                            updated_at = :now, version = version + 1
                        WHERE candidate_id = :candidate AND id = :id AND version = :version""")
                .param("code", details.code().value()).param("body", details.issuingBody()).param("number", details.number())
                .param("issuedOn", details.issuedOn()).param("expiresOn", details.expiresOn()).param("status", status.name())
                .param("keep", keepVerification).param("now", Timestamp.from(now)).param("candidate", candidateId)
                .param("id", id).param("version", version).update() == 1;
    }

    boolean delete(UUID candidateId, UUID id) {
        return jdbc.sql("DELETE FROM candidate_certifications WHERE candidate_id = :candidate AND id = :id")
                .param("candidate", candidateId).param("id", id).update() == 1;
    }
}
