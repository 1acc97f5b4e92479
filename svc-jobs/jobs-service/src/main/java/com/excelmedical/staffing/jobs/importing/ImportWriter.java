package com.excelmedical.staffing.jobs.importing;

import com.excelmedical.staffing.jobs.job.BillRate;
import com.excelmedical.staffing.jobs.job.JobStatus;
import com.excelmedical.staffing.jobs.job.RequiredCertification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The import's SQL: new rows by COPY, changed rows by JDBC batches with explicitly typed parameters (no
 * per-statement metadata round trips).
 */
@Repository
class ImportWriter {

    static final int BATCH = 1000;

    /** The feed's name in {@code jobs.source}. */
    static final String SOURCE = "laboredge";

    private static final String COPY_COLUMNS = "id, source, " + ImportColumns.NAMES
            + ", content_hash, pending_event, published_at, created_at, updated_at, version";

    /** A changed row keeps an unsent publication; an update of a published job is an update (ADR 0004). */
    private static final String UPDATE = "update jobs set " + ImportColumns.ASSIGNMENTS + """
            , content_hash = ?,
                pending_event = case when pending_event = '%1$s' or (published_at is null and ?) then '%1$s' else '%2$s' end,
                pending_from_status = null,
                published_at = coalesce(published_at, case when ? then ?::timestamptz end),
                updated_at = ?, version = version + 1
            where id = ?""".formatted(PendingEvent.PUBLISHED.code(), PendingEvent.UPDATED.code());

    /** The status a job leaves is kept with the event: the right-hand side reads the row as it was. */
    private static final String CLOSE = """
            update jobs set pending_event = '%s', pending_from_status = status, status = ?, content_hash = null,
                updated_at = ?, version = version + 1
            where id = ? and status = any(?)""".formatted(PendingEvent.STATUS_CHANGED.code());

    private final JdbcTemplate jdbc;

    ImportWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** external id → what is stored of every imported job (a full feed needs them all, to close the missing ones). */
    Map<String, Existing> existing() {
        Map<String, Existing> known = new HashMap<>();
        jdbc.query("select id, external_id, content_hash, status from jobs where external_id is not null", rs -> {
            known.put(rs.getString(2), existing(rs));
        });
        return known;
    }

    /** external id → what is stored of the given imported jobs only (enough for a partial feed). */
    Map<String, Existing> existing(List<String> externalIds) {
        Map<String, Existing> known = new HashMap<>();
        String[] ids = externalIds.toArray(String[]::new);
        jdbc.query("select id, external_id, content_hash, status from jobs where external_id = any(?)",
                ps -> ps.setArray(1, ps.getConnection().createArrayOf("varchar", ids)),
                rs -> {
                    known.put(rs.getString(2), existing(rs));
                });
        return known;
    }

    private static Existing existing(ResultSet rs) throws SQLException {
        return new Existing(rs.getObject(1, UUID.class), rs.getString(3), JobStatus.fromCode(rs.getString(4)).orElseThrow());
    }

    record Existing(UUID id, String contentHash, JobStatus status) {
    }

    record Write(UUID id, ImportRow row, String hash) {
    }

    /** New jobs go in with COPY (with their certifications and rates); the rows are validated beforehand. */
    void insert(List<Write> writes, Instant now) {
        CopyRows.copy(jdbc, "jobs", COPY_COLUMNS, writes, (w, line) -> {
            boolean active = w.row().status() == JobStatus.ACTIVE;
            line.add(w.id()).add(SOURCE);
            for (ImportColumns.Column column : ImportColumns.JOB) {
                line.add(column.value(w.row()));
            }
            line.add(w.hash()).add(active ? PendingEvent.PUBLISHED.code() : null).add(active ? now : null).add(now).add(now).add(0);
        });
        CopyRows.copy(jdbc, "job_required_certifications", "job_id, certification, for_onboarding, for_submittal",
                writes.stream().flatMap(w -> w.row().certifications().stream().map(c -> new Object[]{w.id(), c})).toList(),
                (pair, line) -> {
                    RequiredCertification c = (RequiredCertification) pair[1];
                    line.add(pair[0]).add(c.certification()).add(c.forOnboarding()).add(c.forSubmittal());
                });
        CopyRows.copy(jdbc, "job_rates", "job_id, bill_rate_code, rate",
                writes.stream().flatMap(w -> w.row().rates().stream().map(rate -> new Object[]{w.id(), rate})).toList(),
                (pair, line) -> {
                    BillRate rate = (BillRate) pair[1];
                    line.add(pair[0]).add(rate.code()).add(rate.rate());
                });
    }

    void update(List<Write> writes, Instant now) {
        Timestamp at = Timestamp.from(now);
        batch(UPDATE, writes, (ps, w) -> {
            boolean active = w.row().status() == JobStatus.ACTIVE;
            int i = 1;
            for (ImportColumns.Column column : ImportColumns.JOB) {
                ps.setObject(i++, column.value(w.row()), column.sqlType());
            }
            ps.setString(i++, w.hash());
            ps.setBoolean(i++, active);
            ps.setBoolean(i++, active);
            ps.setTimestamp(i++, at);
            ps.setTimestamp(i++, at);
            ps.setObject(i, w.id());
        });
        replaceDetails(writes);
    }

    /** Closes jobs a full feed no longer lists; their hash is cleared so that a job that comes back is written. */
    void close(List<UUID> ids, Instant now) {
        Timestamp at = Timestamp.from(now);
        String[] closable = Arrays.stream(JobStatus.values()).filter(s -> s.canMoveTo(JobStatus.CLOSED)).map(JobStatus::code)
                .toArray(String[]::new);
        batch(CLOSE, ids, (ps, id) -> {
            ps.setString(1, JobStatus.CLOSED.code());
            ps.setTimestamp(2, at);
            ps.setObject(3, id);
            ps.setArray(4, ps.getConnection().createArrayOf("varchar", closable));
        });
    }

    /** Changed jobs get their certifications and rates replaced. */
    private void replaceDetails(List<Write> writes) {
        List<UUID> ids = writes.stream().map(Write::id).toList();
        for (int from = 0; from < ids.size(); from += BATCH) {
            UUID[] chunk = ids.subList(from, Math.min(ids.size(), from + BATCH)).toArray(UUID[]::new);
            jdbc.update("delete from job_required_certifications where job_id = any(?)",
                    ps -> ps.setArray(1, ps.getConnection().createArrayOf("uuid", chunk)));
            jdbc.update("delete from job_rates where job_id = any(?)", ps -> ps.setArray(1, ps.getConnection().createArrayOf("uuid", chunk)));
        }
        List<Object[]> certifications = new ArrayList<>();
        List<Object[]> rates = new ArrayList<>();
        for (Write w : writes) {
            for (RequiredCertification c : w.row().certifications()) {
                certifications.add(new Object[]{w.id(), c.certification(), c.forOnboarding(), c.forSubmittal()});
            }
            for (BillRate rate : w.row().rates()) {
                rates.add(new Object[]{w.id(), rate.code(), rate.rate()});
            }
        }
        batch("insert into job_required_certifications (job_id, certification, for_onboarding, for_submittal) values (?, ?, ?, ?)",
                certifications, (ps, v) -> {
                    ps.setObject(1, v[0]);
                    ps.setString(2, (String) v[1]);
                    ps.setBoolean(3, (Boolean) v[2]);
                    ps.setBoolean(4, (Boolean) v[3]);
                });
        batch("insert into job_rates (job_id, bill_rate_code, rate) values (?, ?, ?)", rates, (ps, v) -> {
            ps.setObject(1, v[0]);
            ps.setString(2, (String) v[1]);
            ps.setBigDecimal(3, (java.math.BigDecimal) v[2]);
        });
    }

    interface Binder<T> {
        void bind(PreparedStatement ps, T value) throws SQLException;
    }

    private <T> void batch(String sql, List<T> values, Binder<T> binder) {
        for (int from = 0; from < values.size(); from += BATCH) {
            List<T> chunk = values.subList(from, Math.min(values.size(), from + BATCH));
            jdbc.batchUpdate(sql, chunk, chunk.size(), binder::bind);
        }
    }
}
