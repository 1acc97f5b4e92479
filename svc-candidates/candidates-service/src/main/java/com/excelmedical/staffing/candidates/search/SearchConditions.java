package com.excelmedical.staffing.candidates.search;

import com.excelmedical.staffing.candidates.eligibility.CertificationCode;
import com.excelmedical.staffing.candidates.eligibility.JobRequirements;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL condition over {@code candidate_search s} for checked criteria. Values are always bound parameters;
 * only fixed SQL fragments are concatenated. License and certification conditions are the candidate's credential
 * keys on the search row (V31, in a GIN index the planner intersects with the text's) and a lookup of the dates on
 * the candidate's credential rows kept beside the document (V24, V29), so every filter applies before counting and
 * paging.
 * {@code eligibleFor} without other criteria is {@link #walksEligibility() a walk} of the job state's credential
 * rows {@code e} instead (V29): their availability order, with the job checked on each row.
 */
final class SearchConditions {

    /** A literal, not a parameter: both search indexes are partial on it. */
    private final StringBuilder where = new StringBuilder("s.active");
    private final MapSqlParameterSource params = new MapSqlParameterSource();
    private boolean walk;

    static SearchConditions of(SearchCriteria criteria) {
        SearchConditions conditions = new SearchConditions();
        if (criteria.eligibleFor().isPresent() && criteria.text() == null && criteria.specialty() == null && criteria.state() == null
                && criteria.availableBy() == null && criteria.licensedIn() == null) {
            conditions.walk(criteria.eligibleFor().get());
            return conditions;
        }
        if (criteria.text() != null) {
            conditions.where.append(" and s.document @@ websearch_to_tsquery('english', :q)");
            conditions.params.addValue("q", criteria.text());
        }
        conditions.equal("specialty", criteria.specialty());
        conditions.equal("state_code", criteria.state() == null ? null : criteria.state().value());
        if (criteria.availableBy() != null) {
            conditions.where.append(" and s.available_from <= :availableBy");
            conditions.params.addValue("availableBy", Date.valueOf(criteria.availableBy()));
        }
        if (criteria.licensedIn() != null) {
            conditions.where.append(" and s.credentials @> ARRAY[:licensedInKey]::text[] and ").append(licenseProbe("licensedIn", "today"));
            conditions.params.addValue("licensedInKey", licenseKey(criteria.licensedIn().value(), null))
                    .addValue("licensedIn", criteria.licensedIn().value())
                    .addValue("today", Date.valueOf(criteria.today()));
        }
        criteria.eligibleFor().ifPresent(conditions::eligibleFor);
        return conditions;
    }

    private void equal(String column, String value) {
        if (value != null) {
            where.append(" and s.").append(column).append(" = :").append(column);
            params.addValue(column, value);
        }
    }

    /**
     * The credential key of a license that counts in {@code state} (of {@code type} when given), as V31's
     * {@code candidate_search_credential_keys} writes it: {@code L:<state>} or {@code L:<state>:<type>}; a
     * certification's is {@code C:<code>}.
     */
    private static String licenseKey(String state, String type) {
        return "L:" + state + (type == null ? "" : ":" + type);
    }

    /**
     * Eligibility with other criteria: the candidate's credential keys (V31) hold a license that counts in the job's
     * state (of its type) and every required certification, which the indexes check for all candidates at once; then
     * the dates, on one of the candidate's credential rows of the job's state ({@link #eligibleOn}), looked up for each
     * candidate the keys and the other criteria leave. {@code offset 0} keeps it a per-candidate lookup.
     */
    private void eligibleFor(JobRequirements job) {
        List<String> keys = new ArrayList<>();
        keys.add(licenseKey(job.state().value(), job.licenseType().map(Enum::name).orElse(null)));
        job.certifications().forEach(code -> keys.add("C:" + code.value()));
        where.append(" and s.credentials @> ARRAY[:jobKeys]::text[]")
                .append(" and exists (select 1 from candidate_search_licenses e where e.candidate_id = s.candidate_id and ");
        eligibleOn(job);
        where.append(" offset 0)");
        params.addValue("jobKeys", keys);
    }

    /**
     * Eligibility alone, on the job state's credential rows {@code e}: a license of the job's type valid on its
     * first day, and each required certification issued by then and valid through its last day (a missing code
     * does not match). One {@code coalesce} per code, so that the planner counts it as one condition.
     */
    private void walk(JobRequirements job) {
        walk = true;
        where.setLength(0);
        eligibleOn(job);
    }

    /**
     * The job checked on a credential row {@code e} of the job's state: a license of the job's type valid on its
     * first day, and each required certification issued by then and valid through its last day (a missing code does
     * not match). One {@code coalesce} per code, so that the planner counts it as one condition.
     */
    private void eligibleOn(JobRequirements job) {
        where.append("e.state_code = :jobState and e.valid_until >= :jobStart and e.valid_from <= :jobStart");
        params.addValue("jobState", job.state().value())
                .addValue("jobStart", Date.valueOf(job.window().start()))
                .addValue("jobEnd", Date.valueOf(job.window().end()));
        job.licenseType().ifPresent(type -> {
            where.append(" and e.license_type = :jobLicenseType");
            params.addValue("jobLicenseType", type.name());
        });
        List<CertificationCode> codes = job.certifications();
        for (int i = 0; i < codes.size(); i++) {
            String code = "(e.certifications -> :jobCertification" + i;
            where.append(" and coalesce(").append(code).append(" ->> 'from')::date <= :jobStart")
                    .append(" and ").append(code).append(" ->> 'until')::date >= :jobEnd, false)");
            params.addValue("jobCertification" + i, codes.get(i).value());
        }
    }

    /**
     * Whether the search reads the job state's credential rows {@code e} (which exist for active candidates
     * only, and carry their availability) instead of the search rows {@code s}.
     */
    boolean walksEligibility() {
        return walk;
    }

    /**
     * An active license valid on {@code day} that lets the candidate practise in the state (issued by it, or a
     * multistate one of a compact state where the state honours those; the compact's coverage is expanded in
     * {@code candidate_search_licenses}), looked up for each candidate the credential keys and the other conditions
     * leave (an index probe of {@code candidate_search_licenses_candidate}), rather than reading and hashing the tens
     * of thousands of license rows a state can have. {@code offset 0} keeps it a per-candidate lookup.
     */
    private static String licenseProbe(String state, String day) {
        return "exists (select 1 from candidate_search_licenses l where l.candidate_id = s.candidate_id and l.state_code = :" + state
                + " and l.valid_until >= :" + day + " and l.valid_from <= :" + day + " offset 0)";
    }

    String where() {
        return where.toString();
    }

    MapSqlParameterSource params() {
        return params;
    }
}
