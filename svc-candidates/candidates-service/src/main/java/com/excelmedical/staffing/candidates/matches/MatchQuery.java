package com.excelmedical.staffing.candidates.matches;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Scores jobs for a candidate in one SQL statement over {@code job_snapshots} (weights in {@link MatchParts}):
 * <ul>
 *   <li>specialty 30: the job's specialty is the profile's;</li>
 *   <li>location 20 in a preferred city, 15 in a preferred state (or the state of a preferred city);</li>
 *   <li>pay 15 when the weekly pay reaches the preferred minimum, 8 within 10 % below it;</li>
 *   <li>eligibility 15 for a license valid on the start date that counts in the job's state (issued there,
 *       or multistate from a compact state the job's state honours; of the license type the job's
 *       profession asks for), 10 for holding every certification the specialty requires, valid through
 *       the end date (a specialty that requires none counts; one the reference data does not know does not);</li>
 *   <li>availability 10 when the job starts within 60 days after the candidate is available, 5 when it
 *       starts later or up to 14 days before.</li>
 * </ul>
 * A job without a start date starts today. A part the profile says nothing about gives 0.
 */
@Repository
class MatchQuery {

    private final JdbcClient jdbc;

    MatchQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The page of active jobs not passed on nor applied to, best first, then newest; and how many there are. */
    MatchPage rank(MatchCriteria criteria, long offset, int limit) {
        Statement listing = listing(criteria, offset, limit);
        List<ScoredJob> rows = jdbc.sql(listing.sql()).params(listing.params()).query(this::row).list();
        if (rows.isEmpty() && offset > 0) {
            long total = jdbc.sql(MatchSql.scored(criteria, listing.where()) + " SELECT count(*) FROM scored")
                    .params(listing.params()).query(Long.class).single();
            return new MatchPage(rows, total);
        }
        return new MatchPage(rows, rows.isEmpty() ? 0 : rows.getFirst().total());
    }

    /** The statement {@link #rank} runs, for {@code EXPLAIN}. */
    Statement listing(MatchCriteria criteria, long offset, int limit) {
        Map<String, Object> params = params(criteria);
        List<String> where = new ArrayList<>(List.of("j.status = 'active'", 
                "NOT EXISTS (SELECT 1 FROM candidate_job_swipes p WHERE p.candidate_id = :candidate AND p.job_id = j.job_id"
                        + " AND p.action = 'pass')",
                "NOT EXISTS (SELECT 1 FROM applications a WHERE a.candidate_id = :candidate AND a.job_id = j.job_id)"));
        if (criteria.narrows()) {
            List<String> any = new ArrayList<>();
            if (criteria.specialtyId() != null) {
                any.add("j.specialty_id = :specialty");
            }
            if (!criteria.profile().statesWanted().isEmpty()) {
                any.add("j.state_code = ANY (:states)");
            }
            where.add("(" + String.join(" OR ", any) + ")");
        }
        if (!criteria.professionIds().isEmpty()) {
            where.add("(j.profession_id IS NULL OR j.profession_id = ANY (:professions))");
            params.put("professions", SqlArrays.uuids(criteria.professionIds()));
        }
        params.put("limit", limit);
        params.put("offset", offset);
        String conditions = String.join(" AND ", where);
        return new Statement(MatchSql.scored(criteria, conditions) + " SELECT scored.*, count(*) OVER () AS total FROM scored"
                + " ORDER BY score DESC, occurred_at DESC, job_id LIMIT :limit OFFSET :offset", params, conditions);
    }

    /** One job's score, whatever its status and whatever the candidate did with it. */
    Optional<ScoredJob> score(MatchCriteria criteria, UUID jobId) {
        Map<String, Object> params = params(criteria);
        params.put("job", jobId);
        return jdbc.sql(MatchSql.scored(criteria, "j.job_id = :job") + " SELECT scored.*, 1 AS total FROM scored")
                .params(params).query(this::row).optional();
    }

    private static Map<String, Object> params(MatchCriteria criteria) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("candidate", criteria.candidateId());
        params.put("today", Date.valueOf(criteria.today()));
        List<UUID> specialties = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        criteria.requiredCertifications().forEach((specialty, required) -> {
            // a specialty that requires nothing is one row without a code
            for (String code : required.isEmpty() ? Collections.<String>singletonList(null) : required) {
                specialties.add(specialty);
                codes.add(code);
            }
        });
        params.put("requiredSpecialties", SqlArrays.uuids(specialties));
        params.put("requiredCodes", SqlArrays.texts(codes));
        List<UUID> professions = new ArrayList<>();
        List<String> types = new ArrayList<>();
        criteria.licenseTypes().forEach((profession, type) -> {
            professions.add(profession);
            types.add(type.name());
        });
        params.put("kindProfessions", SqlArrays.uuids(professions));
        params.put("kindTypes", SqlArrays.texts(types));
        MatchProfile profile = criteria.profile();
        if (criteria.specialtyId() != null) {
            params.put("specialty", criteria.specialtyId());
        }
        if (!profile.statesWanted().isEmpty()) {
            params.put("states", SqlArrays.texts(profile.statesWanted()));
        }
        if (!profile.cities().isEmpty()) {
            params.put("cities", SqlArrays.texts(profile.cities()));
        }
        if (profile.weeklyPayMin() != null) {
            params.put("payMin", profile.weeklyPayMin());
        }
        if (profile.availableFrom() != null) {
            params.put("availableFrom", Date.valueOf(profile.availableFrom()));
        }
        return params;
    }

    private ScoredJob row(ResultSet rs, int n) throws SQLException {
        Date start = rs.getDate("start_date");
        LocalDate startDate = start == null ? null : start.toLocalDate();
        BigDecimal pay = rs.getBigDecimal("weekly_pay");
        return new ScoredJob(rs.getObject("job_id", UUID.class), rs.getString("title"), rs.getString("facility_name"),
                rs.getString("city_name"), rs.getString("state_code"), pay, startDate, rs.getString("status"),
                new MatchParts(rs.getInt("specialty"), rs.getInt("location"), rs.getInt("pay"), rs.getInt("eligibility"),
                        rs.getInt("availability")),
                SwipeAction.fromCode(rs.getString("swiped")).orElse(null), rs.getLong("total"));
    }

    record Statement(String sql, Map<String, Object> params, String where) {
    }
}
