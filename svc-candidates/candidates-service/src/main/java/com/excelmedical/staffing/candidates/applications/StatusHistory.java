package com.excelmedical.staffing.candidates.applications;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

/** The {@code application_status_history} table: rows are only ever added, in the transaction of the move. */
@Repository
class StatusHistory {

    private final JdbcClient jdbc;

    StatusHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(List<StatusChange> changes) {
        for (StatusChange change : changes) {
            jdbc.sql("""
                            INSERT INTO application_status_history
                                (application_id, from_status, to_status, changed_by, changed_by_role, changed_at, note, reason)
                            VALUES (:application, :from, :to, :by, :role, :at, :note, :reason)
                            """)
                    .param("application", change.applicationId())
                    .param("from", change.from() == null ? null : change.from().code())
                    .param("to", change.to().code())
                    .param("by", change.actor().id())
                    .param("role", change.actor().role().code())
                    .param("at", Timestamp.from(change.at()))
                    .param("note", change.note())
                    .param("reason", change.reason())
                    .update();
        }
    }

    /** Oldest first. */
    List<StatusChange> of(UUID applicationId) {
        return jdbc.sql("""
                        SELECT from_status, to_status, changed_by, changed_by_role, changed_at, note, reason
                        FROM application_status_history WHERE application_id = :application ORDER BY id
                        """)
                .param("application", applicationId)
                .query((rs, n) -> new StatusChange(applicationId,
                        rs.getString("from_status") == null ? null : ApplicationStatus.fromCode(rs.getString("from_status")).orElseThrow(),
                        ApplicationStatus.fromCode(rs.getString("to_status")).orElseThrow(),
                        new Actor(rs.getObject("changed_by", UUID.class), ActorRole.fromCode(rs.getString("changed_by_role"))),
                        rs.getTimestamp("changed_at").toInstant(), rs.getString("note"), rs.getString("reason")))
                .list();
    }

    /** The candidate was erased: the free text of their applications' history goes too. */
    void eraseNotesOfCandidate(UUID candidateId) {
        jdbc.sql("""
                        UPDATE application_status_history SET note = NULL
                        WHERE note IS NOT NULL AND application_id IN (SELECT id FROM applications WHERE candidate_id = :candidate)
                        """)
                .param("candidate", candidateId)
                .update();
    }
}
