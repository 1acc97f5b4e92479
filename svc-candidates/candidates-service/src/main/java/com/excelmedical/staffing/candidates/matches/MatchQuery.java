package com.excelmedical.staffing.candidates.matches;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
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

    /** The condition that keeps the whole list. */
    static final String ALL = "true";
    /** The most a total says: a longer list counts as this many (its pages are ranked all the same). */
    static final int COUNTED = 500;

    private final JdbcClient jdbc;
    private final Counter preselected;
    private final Counter whole;

    MatchQuery(JdbcClient jdbc, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.preselected = rankings(meters, "preselected");
        this.whole = rankings(meters, "all");
    }

    /**
     * The page of active jobs not passed on nor applied to, best first, then newest; and how many there are.
     * The page comes from the {@link PreSelection} when that decides it, else from ranking the whole list;
     * the total is counted without scoring, up to {@link #COUNTED} (or as far as the page reaches), by the same
     * statement (by one of its own only for a page past the end).
     */
    MatchPage rank(MatchCriteria criteria, long offset, int limit) {
        Optional<MatchPage> page = preselected(criteria, offset, limit);
        (page.isPresent() ? preselected : whole).increment();
        MatchPage ranked = page.orElseGet(() -> page(listing(criteria, ALL, offset, limit)));
        List<ScoredJob> rows = ranked.items();
        long total = offset == 0 && rows.size() < limit ? rows.size() : rows.isEmpty() ? count(criteria) : ranked.total();
        if (!rows.isEmpty()) {
            total = Math.max(total, offset + rows.size());
        }
        return new MatchPage(rows, total);
    }

    /** The page (and the total) from the pre-selection alone, when its best are the whole list's best (else empty). */
    Optional<MatchPage> preselected(MatchCriteria criteria, long offset, int limit) {
        long wanted = offset + limit;
        Optional<PreSelection> preselection = PreSelection.of(criteria).filter(any -> wanted <= PreSelection.DEEPEST);
        if (preselection.isEmpty()) {
            return Optional.empty();
        }
        MatchPage best = page(listing(criteria, preselection.get().where(), 0, (int) wanted));
        return preselection.get().decides(best.items(), wanted)
                ? Optional.of(new MatchPage(best.items().subList((int) offset, best.items().size()), best.total()))
                : Optional.empty();
    }

    /** The statement a first page of {@code limit} runs first (the pre-selection's when there is one), for {@code EXPLAIN}. */
    Statement listing(MatchCriteria criteria, int limit) {
        return listing(criteria, PreSelection.of(criteria).map(PreSelection::where).orElse(ALL), 0, limit);
    }

    /**
     * The ranking of the jobs of the list that also pass {@code within} ({@link #ALL} for the whole list), with
     * the whole list's total (as {@link #count} gives it) beside each row.
     */
    Statement listing(MatchCriteria criteria, String within, long offset, int limit) {
        Map<String, Object> params = params(criteria);
        String conditions = conditions(criteria, params) + " AND " + within;
        params.put("limit", limit);
        params.put("offset", offset);
        params.put("counted", COUNTED);
        return new Statement(MatchSql.shown(MatchSql.scored(criteria, conditions), "LIMIT :limit OFFSET :offset",
                "(" + countingSql(criteria, params) + ")"), params);
    }

    /** How many jobs the whole list holds, up to {@link #COUNTED}: the same conditions, nothing scored. */
    long count(MatchCriteria criteria) {
        Statement counting = counting(criteria);
        return jdbc.sql(counting.sql()).params(counting.params()).query(Long.class).single();
    }

    /** The statement {@link #count} runs: it stops reading at {@link #COUNTED} jobs. */
    Statement counting(MatchCriteria criteria) {
        Map<String, Object> params = params(criteria);
        params.put("counted", COUNTED);
        return new Statement(countingSql(criteria, params), params);
    }

    /**
     * Counts up to {@code :counted} jobs of the list without comparing each with the candidate's passes and
     * applications: it counts the jobs of the specialty or places up to {@code :counted} plus as many as the
     * candidate passed on or applied to ({@code B}), then takes away those of them the candidate passed on or
     * applied to ({@code E <= B}). With {@code N} such jobs, {@code min(N, counted + B) - E} is {@code N - E}
     * when that is at most {@code counted}, else at least {@code counted}: capped, it is the list's count.
     * A profile with a specialty and places counts the jobs in the specialty first, then those in its places
     * of another specialty, and stops as soon as the count is reached.
     */
    private static String countingSql(MatchCriteria criteria, Map<String, Object> params) {
        String offered = offered(criteria, params);
        String listed = criteria.specialtyId() != null && !criteria.profile().statesWanted().isEmpty()
                ? "SELECT 1 FROM job_snapshots j WHERE " + offered + " AND j.specialty_id = :specialty"
                  + " UNION ALL SELECT 1 FROM job_snapshots j WHERE " + offered
                  + " AND j.state_code = ANY (:states) AND j.specialty_id IS DISTINCT FROM :specialty"
                : "SELECT 1 FROM job_snapshots j WHERE " + offered + narrowing(criteria);
        String left = "SELECT p.job_id FROM candidate_job_swipes p WHERE p.candidate_id = :candidate AND p.action = 'pass'"
                + " UNION ALL SELECT a.job_id FROM applications a WHERE a.candidate_id = :candidate";
        return "SELECT least(:counted, count(*) - (SELECT count(*) FROM job_snapshots j WHERE " + offered + narrowing(criteria)
                + " AND j.job_id IN (" + left + "))) FROM (" + listed
                + " LIMIT :counted + (SELECT count(*) FROM (" + left + ") passed_or_applied)) listed";
    }

    /** One job's score, whatever its status and whatever the candidate did with it. */
    Optional<ScoredJob> score(MatchCriteria criteria, UUID jobId) {
        Map<String, Object> params = params(criteria);
        params.put("job", jobId);
        return jdbc.sql(MatchSql.shown(MatchSql.scored(criteria, "j.job_id = :job"), "", "NULL"))
                .params(params).query(this::row).optional();
    }

    List<ScoredJob> list(Statement statement) {
        return page(statement).items();
    }

    /** The rows of a {@link #listing} and the total beside them (-1 when there are none). */
    MatchPage page(Statement statement) {
        long[] total = {-1};
        List<ScoredJob> rows = jdbc.sql(statement.sql()).params(statement.params()).query((rs, n) -> {
            total[0] = rs.getLong("total");
            return row(rs, n);
        }).list();
        return new MatchPage(rows, total[0]);
    }

    /** The whole list: {@link #kept} jobs in the candidate's specialty or places (when set). */
    private static String conditions(MatchCriteria criteria, Map<String, Object> params) {
        return kept(criteria, params) + narrowing(criteria);
    }

    /** Active, not passed on nor applied to, of the candidate's professions (when set; a job without one stays). */
    private static String kept(MatchCriteria criteria, Map<String, Object> params) {
        return offered(criteria, params)
                + " AND NOT EXISTS (SELECT 1 FROM candidate_job_swipes p WHERE p.candidate_id = :candidate AND p.job_id = j.job_id"
                + " AND p.action = 'pass')"
                + " AND NOT EXISTS (SELECT 1 FROM applications a WHERE a.candidate_id = :candidate AND a.job_id = j.job_id)";
    }

    /** Active, of the candidate's professions (when set; a job without one stays), whatever the candidate did with it. */
    private static String offered(MatchCriteria criteria, Map<String, Object> params) {
        if (criteria.professionIds().isEmpty()) {
            return "j.status = 'active'";
        }
        params.put("professions", SqlArrays.uuids(criteria.professionIds()));
        return "j.status = 'active' AND (j.profession_id IS NULL OR j.profession_id = ANY (:professions))";
    }

    /** In the candidate's specialty or places; nothing when the profile sets neither. */
    private static String narrowing(MatchCriteria criteria) {
        List<String> any = new ArrayList<>();
        if (criteria.specialtyId() != null) {
            any.add("j.specialty_id = :specialty");
        }
        if (!criteria.profile().statesWanted().isEmpty()) {
            any.add("j.state_code = ANY (:states)");
        }
        return any.isEmpty() ? "" : " AND (" + String.join(" OR ", any) + ")";
    }

    private static Counter rankings(MeterRegistry meters, String scope) {
        return Counter.builder("candidates.matches.rankings")
                .description("Pages of matches ranked from the pre-selection alone or from the whole list")
                .tag("scope", scope).register(meters);
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
                SwipeAction.fromCode(rs.getString("swiped")).orElse(null));
    }

    record Statement(String sql, Map<String, Object> params) {
    }
}
