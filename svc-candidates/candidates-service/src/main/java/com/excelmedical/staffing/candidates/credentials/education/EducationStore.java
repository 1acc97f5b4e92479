package com.excelmedical.staffing.candidates.credentials.education;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The {@code candidate_education} table; every statement is scoped to the owning candidate. */
@Repository
class EducationStore {

    private static final String COLUMNS = "id, institution, degree, field, started_on, completed_on, updated_at, version";
    private static final RowMapper<EducationResponse> ROW = (rs, n) -> new EducationResponse(rs.getObject("id", UUID.class),
            rs.getString("institution"), rs.getString("degree"), rs.getString("field"), rs.getObject("started_on", LocalDate.class),
            rs.getObject("completed_on", LocalDate.class), rs.getTimestamp("updated_at").toInstant(), rs.getLong("version"));

    private final JdbcClient jdbc;

    EducationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The latest completed first; entries without a completion date last. */
    List<EducationResponse> list(UUID candidateId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM candidate_education WHERE candidate_id = :candidate "
                        + "ORDER BY completed_on DESC NULLS LAST, started_on DESC NULLS LAST, id")
                .param("candidate", candidateId).query(ROW).list();
    }

    Optional<EducationResponse> find(UUID candidateId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM candidate_education WHERE candidate_id = :candidate AND id = :id")
                .param("candidate", candidateId).param("id", id).query(ROW).optional();
    }

    void insert(UUID id, UUID candidateId, EducationDetails details, Instant now) {
        jdbc.sql("""
                        INSERT INTO candidate_education (id, candidate_id, institution, degree, field, started_on, completed_on,
                            created_at, updated_at)
                        VALUES (:id, :candidate, :institution, :degree, :field, :startedOn, :completedOn, :now, :now)""")
                .param("id", id).param("candidate", candidateId).params(params(details)).param("now", Timestamp.from(now)).update();
    }

    /** Replaces the details if the row is still at {@code version}; false when it is not (or is gone). */
    boolean update(UUID candidateId, UUID id, long version, EducationDetails details, Instant now) {
        return jdbc.sql("""
                        UPDATE candidate_education SET institution = :institution, degree = :degree, field = :field,
                            started_on = :startedOn, completed_on = :completedOn, updated_at = :now, version = version + 1
                        WHERE candidate_id = :candidate AND id = :id AND version = :version""")
                .params(params(details)).param("now", Timestamp.from(now)).param("candidate", candidateId).param("id", id)
                .param("version", version).update() == 1;
    }

    boolean delete(UUID candidateId, UUID id) {
        return jdbc.sql("DELETE FROM candidate_education WHERE candidate_id = :candidate AND id = :id")
                .param("candidate", candidateId).param("id", id).update() == 1;
    }

    private static Map<String, Object> params(EducationDetails details) {
        Map<String, Object> params = new HashMap<>();
        params.put("institution", details.institution());
        params.put("degree", details.degree());
        params.put("field", details.field());
        params.put("startedOn", details.startedOn());
        params.put("completedOn", details.completedOn());
        return params;
    }
}
