package com.excelmedical.staffing.candidates.search;

import com.excelmedical.staffing.candidates.eligibility.CertificationCode;
import com.excelmedical.staffing.candidates.eligibility.JobRequirements;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

/**
 * The SQL source and condition over {@code candidate_search s} for checked criteria, and the availability order
 * the source is read in. Values are always bound parameters; only fixed SQL fragments are concatenated.
 * {@code licensedIn} is a semi-join on the credential rows kept beside the document (V24). {@code eligibleFor}
 * reads the job state's credential rows {@code e} in availability order and checks the license and each
 * certification on the row (V26), so a search stops at its bound instead of joining every holder; a candidate
 * with two licenses that both qualify is read once.
 */
final class SearchConditions {

    /** A literal, not a parameter: both search indexes are partial on it. */
    private static final String ACTIVE = "s.active";

    private final StringBuilder where = new StringBuilder(ACTIVE);
    private final MapSqlParameterSource params = new MapSqlParameterSource();
    /** The conditions on the job state's credential rows {@code e}, with {@code eligibleFor} only. */
    private StringBuilder byState;

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
        byState = new StringBuilder("e.state_code = :jobState and e.valid_until >= :jobStart and e.valid_from <= :jobStart");
        params.addValue("jobState", job.state().value())
                .addValue("jobStart", Date.valueOf(job.window().start()))
                .addValue("jobEnd", Date.valueOf(job.window().end()));
        job.licenseType().ifPresent(type -> {
            byState.append(" and e.license_type = :jobLicenseType");
            params.addValue("jobLicenseType", type.name());
        });
        // each certification issued by the first day and valid through the last (a missing code: no match); one
        // coalesce per code, so that the planner counts it as one condition and knows the walk stops early
        List<CertificationCode> codes = job.certifications();
        for (int i = 0; i < codes.size(); i++) {
            String code = "(e.certifications -> :jobCertification" + i;
            byState.append(" and coalesce(").append(code).append(" ->> 'from')::date <= :jobStart")
                    .append(" and ").append(code).append(" ->> 'until')::date >= :jobEnd, false)");
            params.addValue("jobCertification" + i, codes.get(i).value());
        }
    }

    /**
     * Whether the search rows must be joined: they hold the document and the profile filters. The credential
     * rows exist only for active candidates and carry the availability, so eligibility alone reads them alone.
     */
    private boolean readsSearchRows() {
        return byState == null || !where.toString().equals(ACTIVE);
    }

    /** The tables read: the search rows, or with {@code eligibleFor} the job state's credential rows (joined to them). */
    String from() {
        if (byState == null) {
            return "candidate_search s";
        }
        return readsSearchRows() ? "candidate_search_licenses e join candidate_search s on s.candidate_id = e.candidate_id"
                : "candidate_search_licenses e";
    }

    /** The candidate's id as {@code id} and availability as {@code available_from}, from the rows read. */
    String columns() {
        return byState == null ? "s.candidate_id as id, s.available_from" : "e.candidate_id as id, e.available_from";
    }

    /** What the source is read in: soonest available first, unknown last, then by id (an index order either way). */
    String availability() {
        return byState == null ? "s.available_from nulls last, s.candidate_id" : "e.available_from nulls last, e.candidate_id";
    }

    /** Each candidate once: two of a candidate's licenses may both let them work in the job's state. */
    String distinct() {
        return byState == null ? "" : "distinct on (e.available_from, e.candidate_id) ";
    }

    /**
     * An active license valid on {@code day} (of {@code licenseType} when given) that lets the candidate practise
     * in the state: issued by it, or a multistate one of a compact state where the state honours those. The
     * compact's coverage is expanded in {@code candidate_search_licenses}, so this is one index range.
     */
    private static String licenseIn(String state, String day, String licenseType) {
        return "s.candidate_id in (select l.candidate_id from candidate_search_licenses l where l.state_code = :" + state
                + " and l.valid_until >= :" + day + " and l.valid_from <= :" + day
                + (licenseType == null ? "" : " and l.license_type = :" + licenseType) + ")";
    }

    String where() {
        if (byState == null) {
            return where.toString();
        }
        return readsSearchRows() ? byState + " and " + where : byState.toString();
    }

    MapSqlParameterSource params() {
        return params;
    }
}
