package com.excelmedical.staffing.candidates.matches;

/**
 * The {@code WITH ... scored AS (...)} part of the ranking statement: the candidate's licenses by the
 * states they count in (as date ranges), their certifications against each specialty's requirements,
 * and every job that passes {@code where} with its parts and score. Parts the profile does not set are
 * constant 0, so their parameters are never sent as nulls. The three small tables are materialized: inlined,
 * the planner re-aggregated the licenses once per job (a nested loop, 1 s for 5,000 jobs).
 * <p>Scoring reads only columns that {@code job_snapshots_active_scoring} (V28) holds, so the planner may read
 * the jobs ranked from the index alone where the table's pages are all-visible; {@link #shown} reads the rest
 * of a job (title, facility, the candidate's swipe) for the rows of the page only.
 */
final class MatchSql {

    private MatchSql() {
    }

    static String scored(MatchCriteria criteria, String where) {
        MatchProfile profile = criteria.profile();
        String specialty = criteria.specialtyId() == null ? "0" : "CASE WHEN j.specialty_id = :specialty THEN 30 ELSE 0 END";
        String location = profile.statesWanted().isEmpty() ? "0"
                : "CASE " + (profile.cities().isEmpty() ? ""
                : "WHEN (j.state_code || '|' || lower(j.city_name)) = ANY (:cities) THEN 20 ")
                + "WHEN j.state_code = ANY (:states) THEN 15 ELSE 0 END";
        String pay = profile.weeklyPayMin() == null ? "0"
                : "CASE WHEN j.weekly_pay >= CAST(:payMin AS numeric) THEN 15"
                + " WHEN j.weekly_pay >= CAST(:payMin AS numeric) * 0.9 THEN 8 ELSE 0 END";
        String availability = profile.availableFrom() == null ? "0"
                : "CASE WHEN d.start BETWEEN CAST(:availableFrom AS date) AND CAST(:availableFrom AS date) + 60 THEN 10"
                + " WHEN d.start >= CAST(:availableFrom AS date) - 14 THEN 5 ELSE 0 END";
        return """
                WITH held AS (
                    SELECT CAST(l.state_code AS text) AS state_code, l.license_type, l.issued_on, l.expires_on
                    FROM candidate_licenses l WHERE l.candidate_id = :candidate AND l.status = 'ACTIVE'
                    UNION ALL
                    SELECT CAST(member.state_code AS text), l.license_type, l.issued_on, l.expires_on
                    FROM candidate_licenses l
                    JOIN nurse_licensure_compact home ON home.state_code = l.state_code AND home.issues_multistate
                    JOIN nurse_licensure_compact member ON member.honours_multistate AND member.state_code <> l.state_code
                    WHERE l.candidate_id = :candidate AND l.status = 'ACTIVE' AND l.multistate),
                licensed AS MATERIALIZED (
                    SELECT state_code, CASE WHEN GROUPING(license_type) = 1 THEN '*' ELSE license_type END AS kind,
                           range_agg(daterange(issued_on, expires_on, '[]')) AS valid
                    FROM held GROUP BY GROUPING SETS ((state_code, license_type), (state_code))),
                required AS MATERIALIZED (
                    SELECT r.specialty_id, bool_and(r.code IS NULL OR c.certification_code IS NOT NULL) AS held,
                           max(c.issued_on) AS valid_from,
                           min(coalesce(c.expires_on, CAST('infinity' AS date))) AS valid_until
                    FROM unnest(:requiredSpecialties, :requiredCodes) AS r (specialty_id, code)
                    LEFT JOIN candidate_certifications c
                           ON c.candidate_id = :candidate AND c.certification_code = r.code AND c.status = 'ACTIVE'
                    GROUP BY r.specialty_id),
                kinds AS MATERIALIZED (
                    SELECT * FROM unnest(:kindProfessions, :kindTypes) AS k (profession_id, license_type)),
                parts AS (
                    SELECT j.job_id, j.occurred_at,
                           %s AS specialty, %s AS location, %s AS pay,
                           CASE WHEN lic.valid @> d.start THEN 15 ELSE 0 END
                             + CASE WHEN req.specialty_id IS NULL THEN 0
                                    WHEN req.held AND coalesce(req.valid_from <= d.start, true)
                                         AND req.valid_until >= d.finish THEN 10
                                    ELSE 0 END AS eligibility,
                           %s AS availability
                    FROM job_snapshots j
                    CROSS JOIN LATERAL (SELECT coalesce(j.start_date, CAST(:today AS date)) AS start,
                                               coalesce(j.end_date, j.start_date, CAST(:today AS date)) AS finish) d
                    LEFT JOIN kinds k ON k.profession_id = j.profession_id
                    LEFT JOIN licensed lic ON lic.state_code = j.state_code AND lic.kind = coalesce(k.license_type, '*')
                    LEFT JOIN required req ON req.specialty_id = j.specialty_id
                    WHERE %s),
                scored AS (
                    SELECT parts.*, specialty + location + pay + eligibility + availability AS score FROM parts)
                """.formatted(specialty, location, pay, availability, where);
    }

    /**
     * The statement over {@code scored} (as {@link #scored} writes it) that ranks its jobs, keeps those {@code limit}
     * ({@code LIMIT ... OFFSET ...}, or nothing) leaves, and adds what a page shows of them, in the same order;
     * beside each the total {@code counting} (a scalar subquery, or {@code NULL}) gives, evaluated once.
     */
    static String shown(String scored, String limit, String counting) {
        return scored + """
                , ranked AS (
                    SELECT * FROM scored ORDER BY score DESC, occurred_at DESC, job_id %s)
                SELECT r.job_id, j.title, j.facility_name, j.city_name, j.state_code, j.weekly_pay, j.start_date, j.status,
                       r.specialty, r.location, r.pay, r.eligibility, r.availability, s.action AS swiped, %s AS total
                FROM ranked r
                JOIN job_snapshots j ON j.job_id = r.job_id
                LEFT JOIN candidate_job_swipes s ON s.candidate_id = :candidate AND s.job_id = r.job_id
                ORDER BY r.score DESC, r.occurred_at DESC, r.job_id
                """.formatted(limit, counting);
    }
}
