package com.excelmedical.staffing.candidates.search;

import com.excelmedical.staffing.candidates.eligibility.CertificationCode;
import com.excelmedical.staffing.candidates.eligibility.JobRequirements;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

import java.sql.Date;
import java.time.LocalDate;

/**
 * The SQL condition over {@code candidate_search s} for checked criteria. Values are always bound parameters;
 * only fixed SQL fragments are concatenated. License and certification conditions are correlated
 * sub-queries, so every filter applies before counting and paging.
 */
final class SearchConditions {

    /** A literal, not a parameter: both search indexes are partial on it. */
    private final StringBuilder where = new StringBuilder("s.active");
    private final MapSqlParameterSource params = new MapSqlParameterSource();

    static SearchConditions of(SearchCriteria criteria) {
        SearchConditions conditions = new SearchConditions();
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
            conditions.where.append(" and ").append(licenseIn("licensedIn", "today", null));
            conditions.params.addValue("licensedIn", criteria.licensedIn().value())
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

    private void eligibleFor(JobRequirements job) {
        where.append(" and ").append(licenseIn("jobState", "jobStart", job.licenseType().isPresent() ? "jobLicenseType" : null));
        params.addValue("jobState", job.state().value())
                .addValue("jobStart", Date.valueOf(job.window().start()))
                .addValue("jobEnd", Date.valueOf(job.window().end()));
        job.licenseType().ifPresent(type -> params.addValue("jobLicenseType", type.name()));
        if (!job.certifications().isEmpty()) {
            // one row per candidate and code (V11's unique constraint), so the count is of distinct codes
            where.append(" and (select count(*) from candidate_certifications x where x.candidate_id = s.candidate_id")
                    .append(" and x.status = 'ACTIVE' and x.certification_code in (:jobCertifications)")
                    .append(" and x.issued_on <= :jobStart and (x.expires_on is null or x.expires_on >= :jobEnd))")
                    .append(" = :jobCertificationCount");
            params.addValue("jobCertifications", job.certifications().stream().map(CertificationCode::value).toList())
                    .addValue("jobCertificationCount", job.certifications().size());
        }
    }

    /**
     * An active license valid on {@code day} (of {@code licenseType} when given) issued by the state, or a
     * multistate one issued by a compact state when the state honours multistate licenses.
     */
    private static String licenseIn(String state, String day, String licenseType) {
        return "exists (select 1 from candidate_licenses l where l.candidate_id = s.candidate_id and l.status = 'ACTIVE'"
                + " and l.issued_on <= :" + day + " and l.expires_on >= :" + day
                + (licenseType == null ? "" : " and l.license_type = :" + licenseType)
                + " and (l.state_code = :" + state + " or (l.multistate"
                + " and exists (select 1 from nurse_licensure_compact home where home.state_code = l.state_code and home.issues_multistate)"
                + " and exists (select 1 from nurse_licensure_compact here where here.state_code = :" + state
                + " and here.honours_multistate))))";
    }

    String where() {
        return where.toString();
    }

    MapSqlParameterSource params() {
        return params;
    }
}
