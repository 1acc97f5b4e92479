package com.excelmedical.staffing.jobs.importing;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Repository
class ImportReports {

    private static final TypeReference<List<ImportReport.Rejection>> REJECTIONS = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    ImportReports(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void save(ImportReport report, UUID requestedBy) {
        jdbc.update("""
                        insert into job_imports (id, source, full_feed, started_at, finished_at, rows_read, created, updated, closed,
                            unchanged, rejected, requested_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?)""",
                report.id(), report.source(), report.fullFeed(), Timestamp.from(report.startedAt()),
                Timestamp.from(report.finishedAt()), report.rowsRead(), report.created(), report.updated(), report.closed(),
                report.unchanged(), json.writeValueAsString(report.rejected()), requestedBy);
    }

    Optional<ImportReport> find(UUID id) {
        return jdbc.query("select * from job_imports where id = ?", (rs, n) -> new ImportReport(rs.getObject("id", UUID.class),
                rs.getString("source"), rs.getBoolean("full_feed"), rs.getTimestamp("started_at").toInstant(),
                rs.getTimestamp("finished_at").toInstant(), rs.getInt("rows_read"), rs.getInt("created"), rs.getInt("updated"),
                rs.getInt("closed"), rs.getInt("unchanged"), json.readValue(rs.getString("rejected"), REJECTIONS)), id).stream().findFirst();
    }
}
