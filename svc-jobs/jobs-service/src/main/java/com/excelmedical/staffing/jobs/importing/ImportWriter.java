package com.excelmedical.staffing.jobs.importing;

import com.excelmedical.staffing.jobs.job.BillRate;
import com.excelmedical.staffing.jobs.job.RequiredCertification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
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

    private static final String COPY_COLUMNS = """
            id, external_id, source, title, description, profession_id, specialty_id, specialty_name, job_type, facility_name,
            city_id, city_name, state_code, zip, latitude, longitude, start_date, end_date, asap, duration_weeks, shift,
            shift_start, shift_end, hours_per_week, hourly_pay, weekly_pay, housing_stipend, sign_on_bonus, openings, featured,
            urgent, seo_title, seo_description, status, content_hash, pending_event, published_at, created_at, updated_at,
            version""";

    private static final String UPDATE = """
            update jobs set external_id = ?, title = ?, description = ?, profession_id = ?, specialty_id = ?, specialty_name = ?,
                job_type = ?, facility_name = ?, city_id = ?, city_name = ?, state_code = ?, zip = ?, latitude = ?, longitude = ?,
                start_date = ?, end_date = ?, asap = ?, duration_weeks = ?, shift = ?, shift_start = ?, shift_end = ?,
                hours_per_week = ?, hourly_pay = ?, weekly_pay = ?, housing_stipend = ?, sign_on_bonus = ?, openings = ?,
                featured = ?, urgent = ?, seo_title = ?, seo_description = ?, status = ?, content_hash = ?,
                pending_event = case when pending_event = 'JobPublished' or (published_at is null and ? = 'active')
                                     then 'JobPublished' else 'JobUpdated' end,
                published_at = coalesce(published_at, case when ? = 'active' then ?::timestamptz end),
                updated_at = ?, version = version + 1
            where id = ?""";

    private final JdbcTemplate jdbc;

    ImportWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** external id → what is stored of every imported job (a full feed needs them all, to close the missing ones). */
    Map<String, Existing> existing() {
        Map<String, Existing> known = new HashMap<>();
        jdbc.query("select id, external_id, content_hash, status from jobs where external_id is not null", rs -> {
            known.put(rs.getString(2), new Existing(rs.getObject(1, UUID.class), rs.getString(3), rs.getString(4)));
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
                    known.put(rs.getString(2), new Existing(rs.getObject(1, UUID.class), rs.getString(3), rs.getString(4)));
                });
        return known;
    }

    record Existing(UUID id, String contentHash, String status) {
    }

    record Write(UUID id, ImportRow row, String hash) {
    }

    /** New jobs go in with COPY (with their certifications and rates); the rows are validated beforehand. */
    void insert(List<Write> writes, Instant now) {
        CopyRows.copy(jdbc, "jobs", COPY_COLUMNS, writes, (w, line) -> {
            ImportRow r = w.row();
            boolean active = "active".equals(r.status());
            line.add(w.id()).add(r.externalId()).add("laboredge").add(r.title()).add(r.description()).add(r.professionId())
                    .add(r.specialtyId()).add(r.specialtyName()).add(r.jobType()).add(r.facilityName()).add(r.cityId())
                    .add(r.cityName()).add(r.stateCode()).add(r.zip()).add(r.latitude()).add(r.longitude()).add(r.startDate())
                    .add(r.endDate()).add(r.asap()).add(r.durationWeeks()).add(r.shift()).add(r.shiftStart()).add(r.shiftEnd())
                    .add(r.hoursPerWeek()).add(r.hourlyPay()).add(r.weeklyPay()).add(r.housingStipend()).add(r.signOnBonus())
                    .add(r.openings()).add(r.featured()).add(r.urgent()).add(r.seoTitle()).add(r.seoDescription()).add(r.status())
                    .add(w.hash()).add(active ? "JobPublished" : null).add(active ? now : null).add(now).add(now).add(0);
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
            ImportRow r = w.row();
            int i = 1;
            ps.setString(i++, r.externalId());
            i = bindColumns(ps, i, r);
            ps.setString(i++, r.status());
            ps.setString(i++, w.hash());
            ps.setString(i++, r.status());
            ps.setString(i++, r.status());
            ps.setTimestamp(i++, at);
            ps.setTimestamp(i++, at);
            ps.setObject(i, w.id());
        });
        replaceDetails(writes);
    }

    /** Closes jobs a full feed no longer lists; their hash is cleared so that a job that comes back is written. */
    void close(List<UUID> ids, Instant now) {
        Timestamp at = Timestamp.from(now);
        batch("""
                update jobs set pending_event = 'JobStatusChanged:' || status, status = 'closed', content_hash = null,
                    updated_at = ?, version = version + 1
                where id = ? and status in ('draft', 'active', 'on_hold')""", ids, (ps, id) -> {
            ps.setTimestamp(1, at);
            ps.setObject(2, id);
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

    /** Binds the job columns shared by insert and update, from title to seo_description. */
    static int bindColumns(PreparedStatement ps, int i, ImportRow r) throws SQLException {
        ps.setString(i++, r.title());
        ps.setString(i++, r.description());
        ps.setObject(i++, r.professionId());
        ps.setObject(i++, r.specialtyId());
        ps.setString(i++, r.specialtyName());
        ps.setString(i++, r.jobType());
        ps.setString(i++, r.facilityName());
        ps.setObject(i++, r.cityId(), Types.OTHER);
        ps.setString(i++, r.cityName());
        ps.setString(i++, r.stateCode());
        ps.setString(i++, r.zip());
        ps.setObject(i++, r.latitude(), Types.DOUBLE);
        ps.setObject(i++, r.longitude(), Types.DOUBLE);
        ps.setObject(i++, r.startDate(), Types.DATE);
        ps.setObject(i++, r.endDate(), Types.DATE);
        ps.setBoolean(i++, r.asap());
        ps.setObject(i++, r.durationWeeks(), Types.INTEGER);
        ps.setString(i++, r.shift());
        ps.setObject(i++, r.shiftStart(), Types.TIME);
        ps.setObject(i++, r.shiftEnd(), Types.TIME);
        ps.setBigDecimal(i++, r.hoursPerWeek());
        ps.setBigDecimal(i++, r.hourlyPay());
        ps.setBigDecimal(i++, r.weeklyPay());
        ps.setBigDecimal(i++, r.housingStipend());
        ps.setBigDecimal(i++, r.signOnBonus());
        ps.setInt(i++, r.openings());
        ps.setBoolean(i++, r.featured());
        ps.setBoolean(i++, r.urgent());
        ps.setString(i++, r.seoTitle());
        ps.setString(i++, r.seoDescription());
        return i;
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
