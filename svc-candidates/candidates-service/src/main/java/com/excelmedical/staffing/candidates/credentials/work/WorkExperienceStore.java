package com.excelmedical.staffing.candidates.credentials.work;

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

/** The {@code candidate_work_experiences} table; every statement is scoped to the owning candidate. */
@Repository
class WorkExperienceStore {

    private static final String COLUMNS = """
            id, employer, title, specialty, city, state_code, started_on, ended_on, responsibilities, updated_at, version""";
    private static final RowMapper<WorkExperienceResponse> ROW = (rs, n) -> new WorkExperienceResponse(
            rs.getObject("id", UUID.class), rs.getString("employer"), rs.getString("title"), rs.getString("specialty"),
            rs.getString("city"), rs.getString("state_code"), rs.getObject("started_on", LocalDate.class),
            rs.getObject("ended_on", LocalDate.class), rs.getString("responsibilities"), rs.getTimestamp("updated_at").toInstant(),
            rs.getLong("version"));

    private final JdbcClient jdbc;

    WorkExperienceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Newest first: the current position, then by start date. */
    List<WorkExperienceResponse> list(UUID candidateId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM candidate_work_experiences WHERE candidate_id = :candidate "
                        + "ORDER BY started_on DESC, id")
                .param("candidate", candidateId).query(ROW).list();
    }

    Optional<WorkExperienceResponse> find(UUID candidateId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM candidate_work_experiences WHERE candidate_id = :candidate AND id = :id")
                .param("candidate", candidateId).param("id", id).query(ROW).optional();
    }

    void insert(UUID id, UUID candidateId, WorkExperienceDetails details, Instant now) {
        jdbc.sql("""
                        INSERT INTO candidate_work_experiences (id, candidate_id, employer, title, specialty, city, state_code,
                            started_on, ended_on, responsibilities, created_at, updated_at)
                        VALUES (:id, :candidate, :employer, :title, :specialty, :city, :state, :startedOn, :endedOn,
                            :responsibilities, :now, :now)""")
                .param("id", id).param("candidate", candidateId).params(params(details)).param("now", Timestamp.from(now)).update();
    }

    /** Replaces the details if the row is still at {@code version}; false when it is not (or is gone). */
    boolean update(UUID candidateId, UUID id, long version, WorkExperienceDetails details, Instant now) {
        return jdbc.sql("""
                        UPDATE candidate_work_experiences SET employer = :employer, title = :title, specialty = :specialty,
                            city = :city, state_code = :state, started_on = :startedOn, ended_on = :endedOn,
                            responsibilities = :responsibilities, updated_at = :now, version = version + 1
                        WHERE candidate_id = :candidate AND id = :id AND version = :version""")
                .params(params(details)).param("now", Timestamp.from(now))
                .param("candidate", candidateId).param("id", id).param("version", version).update() == 1;
    }

    private static Map<String, Object> params(WorkExperienceDetails details) {
        Map<String, Object> params = new HashMap<>();
        params.put("employer", details.employer());
        params.put("title", details.title());
        params.put("specialty", details.specialty());
        params.put("city", details.city());
        params.put("state", details.stateCode());
        params.put("startedOn", details.startedOn());
        params.put("endedOn", details.endedOn());
        params.put("responsibilities", details.responsibilities());
        return params;
    }

    boolean delete(UUID candidateId, UUID id) {
        return jdbc.sql("DELETE FROM candidate_work_experiences WHERE candidate_id = :candidate AND id = :id")
                .param("candidate", candidateId).param("id", id).update() == 1;
    }
}
