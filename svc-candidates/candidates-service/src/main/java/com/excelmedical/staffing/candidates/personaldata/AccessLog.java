package com.excelmedical.staffing.candidates.personaldata;

import com.excelmedical.staffing.platform.paging.PageQuery;
import com.excelmedical.staffing.platform.paging.PageResponse;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Every full read of a candidate's personal data by staff, appended in the transaction of the read. */
@Repository
class AccessLog {

    private static final RowMapper<AccessLogEntryResponse> ROW = (rs, n) -> new AccessLogEntryResponse(
            rs.getObject("id", UUID.class), rs.getObject("candidate_id", UUID.class), rs.getObject("accessed_by", UUID.class),
            rs.getString("accessor_role"), strings(rs.getArray("fields")), rs.getString("reason"),
            rs.getTimestamp("accessed_at").toInstant());

    private final JdbcClient jdbc;

    AccessLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void append(UUID candidateId, UUID accessedBy, String accessorRole, List<String> fields, String reason, Instant at) {
        jdbc.sql("""
                        INSERT INTO personal_data_access_log (id, candidate_id, accessed_by, accessor_role, fields, reason, accessed_at)
                        VALUES (:id, :candidate, :by, :role, :fields::varchar[], :reason, :at)""")
                .param("id", UUID.randomUUID())
                .param("candidate", candidateId)
                .param("by", accessedBy)
                .param("role", accessorRole)
                .param("fields", "{" + String.join(",", fields) + "}")
                .param("reason", reason)
                .param("at", Timestamp.from(at))
                .update();
    }

    /** Newest first, of every candidate or of one. */
    PageResponse<AccessLogEntryResponse> page(UUID candidateId, PageQuery page) {
        String where = candidateId == null ? "" : " WHERE candidate_id = :candidate";
        JdbcClient.StatementSpec count = jdbc.sql("SELECT count(*) FROM personal_data_access_log" + where);
        JdbcClient.StatementSpec items = jdbc.sql("SELECT * FROM personal_data_access_log" + where
                + " ORDER BY accessed_at DESC, id LIMIT :limit OFFSET :offset");
        if (candidateId != null) {
            count = count.param("candidate", candidateId);
            items = items.param("candidate", candidateId);
        }
        long total = count.query(Long.class).single();
        return PageResponse.of(items.param("limit", page.size()).param("offset", page.offset()).query(ROW).list(), page, total);
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(String.class::cast).toList();
    }
}
