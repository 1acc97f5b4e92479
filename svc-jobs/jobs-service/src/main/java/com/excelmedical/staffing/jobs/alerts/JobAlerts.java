package com.excelmedical.staffing.jobs.alerts;

import com.excelmedical.staffing.jobs.job.Money;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Saved searches of candidates (JDBC: the arrays of criteria map naturally to PostgreSQL arrays). */
@Repository
class JobAlerts {

    private static final RowMapper<AlertResponse> ROW = (rs, n) -> {
        Timestamp last = rs.getTimestamp("last_matched_at");
        return new AlertResponse(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("query"),
                list(rs.getArray("specialty_ids"), UUID.class), list(rs.getArray("state_codes"), String.class),
                list(rs.getArray("city_ids"), UUID.class), list(rs.getArray("job_types"), String.class),
                list(rs.getArray("shifts"), String.class), Money.format(rs.getBigDecimal("min_weekly_pay")), rs.getString("frequency"),
                rs.getBoolean("active"), last == null ? null : last.toInstant(), rs.getTimestamp("created_at").toInstant());
    };

    private final JdbcTemplate jdbc;

    JobAlerts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    UUID insert(UUID candidateId, AlertRequest r, Instant now) {
        UUID id = UUID.randomUUID();
        jdbc.update(connection -> {
            var ps = connection.prepareStatement("""
                    insert into job_alerts (id, candidate_id, name, query, specialty_ids, state_codes, city_ids, job_types, shifts,
                        min_weekly_pay, frequency, active, created_at, updated_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true, ?, ?)""");
            ps.setObject(1, id);
            ps.setObject(2, candidateId);
            ps.setString(3, r.name().trim());
            ps.setString(4, r.q() == null || r.q().isBlank() ? null : r.q().strip());
            ps.setArray(5, array(connection, "uuid", r.specialtyIds()));
            ps.setArray(6, array(connection, "varchar", r.stateCodes() == null ? null
                    : r.stateCodes().stream().map(code -> code.toUpperCase(Locale.ROOT)).toList()));
            ps.setArray(7, array(connection, "uuid", r.cityIds()));
            ps.setArray(8, array(connection, "varchar", r.jobTypes()));
            ps.setArray(9, array(connection, "varchar", r.shifts()));
            ps.setBigDecimal(10, r.minWeeklyPay());
            ps.setString(11, r.frequency());
            ps.setTimestamp(12, Timestamp.from(now));
            ps.setTimestamp(13, Timestamp.from(now));
            return ps;
        });
        return id;
    }

    AlertResponse find(UUID id) {
        return jdbc.queryForObject("select * from job_alerts where id = ?", ROW, id);
    }

    List<AlertResponse> ofCandidate(UUID candidateId) {
        return jdbc.query("select * from job_alerts where candidate_id = ? order by created_at", ROW, candidateId);
    }

    boolean delete(UUID id, UUID candidateId) {
        return jdbc.update("delete from job_alerts where id = ? and candidate_id = ?", id, candidateId) == 1;
    }

    private static Array array(Connection connection, String type, List<?> values) throws SQLException {
        return connection.createArrayOf(type, values == null ? new Object[0] : values.stream().distinct().toArray());
    }

    private static <T> List<T> list(Array array, Class<T> type) throws SQLException {
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(type::cast).toList();
    }
}
