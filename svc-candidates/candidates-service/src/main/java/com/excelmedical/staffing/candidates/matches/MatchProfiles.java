package com.excelmedical.staffing.candidates.matches;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Array;
import java.sql.Date;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Reads the parts of a profile the match score uses in one statement; a candidate without a row has an empty
 * profile. The same statement makes the rest of the transaction keep a prepared statement's plan instead of
 * planning again for each candidate's values ({@code plan_cache_mode}, local to the transaction): planning the
 * ranking took longer than running it on a few hundred jobs, and a statement of its own cost a round trip.
 */
@Repository
class MatchProfiles {

    private final JdbcClient jdbc;

    MatchProfiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    MatchProfile of(UUID candidateId) {
        return jdbc.sql("""
                        SELECT c.id, c.specialty, c.weekly_pay_min, c.available_from,
                               ARRAY(SELECT p.profession_code FROM candidate_professions p WHERE p.candidate_id = c.id) AS professions,
                               ARRAY(SELECT CAST(s.state_code AS text) FROM candidate_preferred_states s WHERE s.candidate_id = c.id) AS states,
                               ARRAY(SELECT ct.state_code || '|' || lower(ct.name) FROM candidate_preferred_cities ct
                                     WHERE ct.candidate_id = c.id) AS cities
                        FROM (SELECT set_config('plan_cache_mode', 'force_generic_plan', true)) generic
                        LEFT JOIN candidates c ON c.id = :id
                        """)
                .param("id", candidateId)
                .query((rs, n) -> {
                    if (rs.getObject("id") == null) {
                        return MatchProfile.EMPTY;
                    }
                    Date available = rs.getDate("available_from");
                    return new MatchProfile(rs.getString("specialty"), strings(rs.getArray("professions")),
                            Set.copyOf(strings(rs.getArray("states"))), Set.copyOf(strings(rs.getArray("cities"))),
                            rs.getBigDecimal("weekly_pay_min"), available == null ? null : available.toLocalDate());
                })
                .single();
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }
}
