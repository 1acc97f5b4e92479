package com.excelmedical.staffing.candidates.credentials.licenses;

import com.excelmedical.staffing.candidates.credentials.Verification;
import com.excelmedical.staffing.candidates.credentials.VerificationMethod;
import com.excelmedical.staffing.candidates.eligibility.CredentialStatus;
import com.excelmedical.staffing.candidates.eligibility.LicenseType;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The {@code candidate_licenses} table; every statement is scoped to the owning candidate. */
@Repository
class LicenseStore {

    private static final String COLUMNS = """
            id, candidate_id, license_type, state_code, license_number, multistate, issued_on, expires_on, status,
            verified_by, verified_at, verification_method, updated_at, version""";
    private static final RowMapper<StoredLicense> ROW = (rs, n) -> {
        String method = rs.getString("verification_method");
        Verification verification = method == null ? null : new Verification(rs.getObject("verified_by", UUID.class),
                rs.getTimestamp("verified_at").toInstant(), VerificationMethod.valueOf(method));
        return new StoredLicense(rs.getObject("id", UUID.class), rs.getObject("candidate_id", UUID.class),
                new LicenseDetails(LicenseType.valueOf(rs.getString("license_type")), rs.getString("state_code"),
                        rs.getString("license_number"), rs.getBoolean("multistate"), rs.getObject("issued_on", java.time.LocalDate.class),
                        rs.getObject("expires_on", java.time.LocalDate.class)),
                CredentialStatus.valueOf(rs.getString("status")), verification, rs.getTimestamp("updated_at").toInstant(),
                rs.getLong("version"));
    };

    private final JdbcClient jdbc;

    LicenseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<StoredLicense> list(UUID candidateId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM candidate_licenses WHERE candidate_id = :candidate ORDER BY expires_on DESC, id")
                .param("candidate", candidateId).query(ROW).list();
    }

    Optional<StoredLicense> find(UUID candidateId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM candidate_licenses WHERE candidate_id = :candidate AND id = :id")
                .param("candidate", candidateId).param("id", id).query(ROW).optional();
    }

    /** The candidate's license of this type and state other than {@code except} (null: any). */
    Optional<UUID> sameTypeAndState(UUID candidateId, LicenseDetails details, UUID except) {
        return jdbc.sql("""
                        SELECT id FROM candidate_licenses WHERE candidate_id = :candidate AND license_type = :type
                            AND state_code = :state AND (CAST(:except AS uuid) IS NULL OR id <> :except)""")
                .param("candidate", candidateId).param("type", details.type().name()).param("state", details.stateCode())
                .param("except", except).query(UUID.class).optional();
    }

    void insert(UUID id, UUID candidateId, LicenseDetails details, CredentialStatus status, Instant now) {
        jdbc.sql("""
                        INSERT INTO candidate_licenses (id, candidate_id, license_type, state_code, license_number, multistate,
                            issued_on, expires_on, status, created_at, updated_at)
                        VALUES (:id, :candidate, :type, :state, :number, :multistate, :issuedOn, :expiresOn, :status, :now, :now)""")
                .param("id", id).param("candidate", candidateId).param("type", details.type().name())
                .param("state", details.stateCode()).param("number", details.number()).param("multistate", details.multistate())
                .param("issuedOn", details.issuedOn()).param("expiresOn", details.expiresOn()).param("status", status.name())
                .param("now", Timestamp.from(now)).update();
    }

    /** Replaces the details if the row is still at {@code version}; false when it is not (or is gone). */
    boolean update(UUID candidateId, UUID id, long version, LicenseDetails details, CredentialStatus status,
                   boolean keepVerification, Instant now) {
        return jdbc.sql("""
                        UPDATE candidate_licenses SET license_type = :type, state_code = :state, license_number = :number,
                            multistate = :multistate, issued_on = :issuedOn, expires_on = :expiresOn, status = :status,
                            verified_by = CASE WHEN :keep THEN verified_by END,
                            verified_at = CASE WHEN :keep THEN verified_at END,
                            verification_method = CASE WHEN :keep THEN verification_method END,
                            updated_at = :now, version = version + 1
                        WHERE candidate_id = :candidate AND id = :id AND version = :version""")
                .param("type", details.type().name()).param("state", details.stateCode()).param("number", details.number())
                .param("multistate", details.multistate()).param("issuedOn", details.issuedOn())
                .param("expiresOn", details.expiresOn()).param("status", status.name()).param("keep", keepVerification)
                .param("now", Timestamp.from(now)).param("candidate", candidateId).param("id", id).param("version", version)
                .update() == 1;
    }

    boolean delete(UUID candidateId, UUID id) {
        return jdbc.sql("DELETE FROM candidate_licenses WHERE candidate_id = :candidate AND id = :id")
                .param("candidate", candidateId).param("id", id).update() == 1;
    }
}
