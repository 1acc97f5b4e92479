package com.excelmedical.staffing.candidates.jobs;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@code job_snapshots} table. Every write keeps the newest state: a row is only replaced by a change
 * that occurred later than the one it holds, so a late or replayed event changes nothing.
 */
@Repository
public class JobSnapshots {

    private static final String COLUMNS = """
            job_id, title, facility_name, city_name, state_code, status, occurred_at, profession_id, specialty_id,
            specialty_name, job_type, shift, city_id, start_date, end_date, weekly_pay, currency""";
    private static final String VALUES = """
            :jobId, :title, :facility, :city, :state, :status, :occurredAt, :professionId, :specialtyId,
            :specialtyName, :jobType, :shift, :cityId, :startDate, :endDate, :weeklyPay, :currency""";

    private final JdbcClient jdbc;

    JobSnapshots(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the whole snapshot if it is newer than the one held (or none is); true when it was stored. */
    public boolean storeIfNewer(JobSnapshot snapshot) {
        return bind(jdbc.sql("INSERT INTO job_snapshots (" + COLUMNS + ") VALUES (" + VALUES + ")" + """
                         ON CONFLICT (job_id) DO UPDATE SET title = excluded.title, facility_name = excluded.facility_name,
                            city_name = excluded.city_name, state_code = excluded.state_code, status = excluded.status,
                            occurred_at = excluded.occurred_at, profession_id = excluded.profession_id,
                            specialty_id = excluded.specialty_id, specialty_name = excluded.specialty_name,
                            job_type = excluded.job_type, shift = excluded.shift, city_id = excluded.city_id,
                            start_date = excluded.start_date, end_date = excluded.end_date, weekly_pay = excluded.weekly_pay,
                            currency = excluded.currency, updated_at = now()
                        WHERE job_snapshots.occurred_at < excluded.occurred_at
                        """), snapshot)
                .update() == 1;
    }

    /** Stores a status change if it is newer than the snapshot held; true when it was stored. */
    public boolean storeStatusIfNewer(UUID jobId, JobState status, Instant occurredAt) {
        return jdbc.sql("""
                        INSERT INTO job_snapshots (job_id, status, occurred_at) VALUES (:jobId, :status, :occurredAt)
                        ON CONFLICT (job_id) DO UPDATE SET status = excluded.status, occurred_at = excluded.occurred_at,
                            updated_at = now()
                        WHERE job_snapshots.occurred_at < excluded.occurred_at
                        """)
                .param("jobId", jobId).param("status", status.code()).param("occurredAt", Timestamp.from(occurredAt))
                .update() == 1;
    }

    /** Keeps what svc-jobs just answered when no event about the job has arrived yet. */
    public void storeIfAbsent(JobSnapshot snapshot) {
        bind(jdbc.sql("INSERT INTO job_snapshots (" + COLUMNS + ") VALUES (" + VALUES + ") ON CONFLICT (job_id) DO NOTHING"),
                snapshot)
                .update();
    }

    public Optional<JobSnapshot> find(UUID jobId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM job_snapshots WHERE job_id = :jobId")
                .param("jobId", jobId)
                .query((rs, n) -> read(rs))
                .optional();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, JobSnapshot snapshot) {
        Optional<JobTerms> terms = snapshot.knownTerms();
        return statement.param("jobId", snapshot.jobId()).param("title", snapshot.title())
                .param("facility", snapshot.facilityName()).param("city", snapshot.cityName())
                .param("state", snapshot.stateCode()).param("status", snapshot.status().code())
                .param("occurredAt", Timestamp.from(snapshot.occurredAt()))
                .param("professionId", terms.map(JobTerms::professionId).orElse(null), Types.OTHER)
                .param("specialtyId", terms.map(JobTerms::specialtyId).orElse(null), Types.OTHER)
                .param("specialtyName", terms.map(JobTerms::specialtyName).orElse(null), Types.VARCHAR)
                .param("jobType", terms.map(JobTerms::jobType).orElse(null), Types.VARCHAR)
                .param("shift", terms.map(JobTerms::shift).orElse(null), Types.VARCHAR)
                .param("cityId", terms.map(JobTerms::cityId).orElse(null), Types.OTHER)
                .param("startDate", terms.map(JobTerms::startDate).map(Date::valueOf).orElse(null), Types.DATE)
                .param("endDate", terms.map(JobTerms::endDate).map(Date::valueOf).orElse(null), Types.DATE)
                .param("weeklyPay", terms.map(JobTerms::weeklyPay).orElse(null), Types.NUMERIC)
                .param("currency", terms.map(JobTerms::currency).orElse(null), Types.CHAR);
    }

    private static JobSnapshot read(ResultSet rs) throws SQLException {
        UUID professionId = rs.getObject("profession_id", UUID.class);
        UUID specialtyId = rs.getObject("specialty_id", UUID.class);
        JobTerms terms = professionId == null || specialtyId == null ? null
                : new JobTerms(professionId, specialtyId, rs.getString("specialty_name"), rs.getString("job_type"),
                rs.getString("shift"), rs.getObject("city_id", UUID.class), rs.getObject("start_date", LocalDate.class),
                rs.getObject("end_date", LocalDate.class), rs.getBigDecimal("weekly_pay"),
                rs.getString("currency") == null ? null : rs.getString("currency").strip());
        return new JobSnapshot(rs.getObject("job_id", UUID.class), rs.getString("title"), rs.getString("facility_name"),
                rs.getString("city_name"), rs.getString("state_code"), JobState.fromCode(rs.getString("status")).orElseThrow(),
                rs.getTimestamp("occurred_at").toInstant(), terms);
    }
}
