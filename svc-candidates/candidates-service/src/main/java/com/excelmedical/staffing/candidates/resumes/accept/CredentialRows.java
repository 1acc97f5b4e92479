package com.excelmedical.staffing.candidates.resumes.accept;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Writes accepted resume items into the credential tables, plain JDBC on the same tables the credentials
 * routes use. A license (one per type and state) or certification (one per code) already held is left as
 * it is ({@code ON CONFLICT DO NOTHING}); a position or education entry equal to one on file is not added again.
 */
@Repository
class CredentialRows {

    private final JdbcClient jdbc;

    CredentialRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return false when the candidate holds a license of this type and state already */
    boolean addLicense(UUID candidateId, String type, String state, String number, boolean multistate, LocalDate issuedOn,
                       LocalDate expiresOn, LocalDate today) {
        return jdbc.sql("""
                        INSERT INTO candidate_licenses (id, candidate_id, license_type, state_code, license_number, multistate,
                                                        issued_on, expires_on, status)
                        VALUES (:id, :candidate, :type, :state, :number, :multistate, :issued, :expires, :status)
                        ON CONFLICT (candidate_id, license_type, state_code) DO NOTHING""")
                .param("id", UUID.randomUUID()).param("candidate", candidateId).param("type", type).param("state", state)
                .param("number", number).param("multistate", multistate).param("issued", issuedOn).param("expires", expiresOn)
                .param("status", status(issuedOn, expiresOn, today))
                .update() > 0;
    }

    /** @return false when the candidate holds this certification already */
    boolean addCertification(UUID candidateId, String code, LocalDate issuedOn, LocalDate expiresOn, LocalDate today) {
        return jdbc.sql("""
                        INSERT INTO candidate_certifications (id, candidate_id, certification_code, issued_on, expires_on, status)
                        VALUES (:id, :candidate, :code, :issued, CAST(:expires AS date), :status)
                        ON CONFLICT (candidate_id, certification_code) DO NOTHING""")
                .param("id", UUID.randomUUID()).param("candidate", candidateId).param("code", code)
                .param("issued", issuedOn).param("expires", expiresOn).param("status", status(issuedOn, expiresOn, today))
                .update() > 0;
    }

    /** @return false when the same employer, title and start are on file */
    boolean addWorkExperience(UUID candidateId, String employer, String title, LocalDate startedOn, LocalDate endedOn) {
        return jdbc.sql("""
                        INSERT INTO candidate_work_experiences (id, candidate_id, employer, title, started_on, ended_on)
                        SELECT :id, :candidate, :employer, :title, CAST(:started AS date), CAST(:ended AS date)
                        WHERE NOT EXISTS (SELECT 1 FROM candidate_work_experiences
                                          WHERE candidate_id = :candidate AND lower(employer) = lower(:employer)
                                            AND lower(title) = lower(:title) AND started_on = CAST(:started AS date))""")
                .param("id", UUID.randomUUID()).param("candidate", candidateId).param("employer", employer).param("title", title)
                .param("started", startedOn).param("ended", endedOn)
                .update() > 0;
    }

    /** @return false when the same school and degree are on file */
    boolean addEducation(UUID candidateId, String institution, String degree, LocalDate completedOn) {
        return jdbc.sql("""
                        INSERT INTO candidate_education (id, candidate_id, institution, degree, completed_on)
                        SELECT :id, :candidate, :institution, CAST(:degree AS varchar), CAST(:completed AS date)
                        WHERE NOT EXISTS (SELECT 1 FROM candidate_education
                                          WHERE candidate_id = :candidate AND lower(institution) = lower(:institution)
                                            AND coalesce(lower(degree), '') = coalesce(lower(CAST(:degree AS varchar)), ''))""")
                .param("id", UUID.randomUUID()).param("candidate", candidateId).param("institution", institution)
                .param("degree", degree).param("completed", completedOn)
                .update() > 0;
    }

    private static String status(LocalDate issuedOn, LocalDate expiresOn, LocalDate today) {
        if (expiresOn != null && expiresOn.isBefore(today)) {
            return "EXPIRED";
        }
        return issuedOn.isAfter(today) ? "PENDING" : "ACTIVE";
    }
}
