package com.excelmedical.staffing.candidates.applications;

import com.excelmedical.staffing.candidates.eligibilitycheck.EligibilityVerdict;
import com.excelmedical.staffing.platform.paging.PageQuery;
import com.excelmedical.staffing.platform.paging.PageResponse;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Lists applications newest first, each with its job's title and place from {@code job_snapshots} and the
 * eligibility kept with it: one statement on this service's own tables that also counts the matches (indexes by
 * candidate, job and status lead with the filter and end in the order), never a call to svc-jobs. One statement
 * sees one snapshot, so the page and its total agree without a transaction; only a page past the end asks for the
 * total again.
 */
@Repository
class ApplicationQueries {

    private final JdbcClient jdbc;

    ApplicationQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    PageResponse<ApplicationSummaryResponse> list(ApplicationFilter filter, PageQuery page) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (filter.candidateId() != null) {
            conditions.add("a.candidate_id = :candidate");
            params.put("candidate", filter.candidateId());
        }
        if (filter.jobId() != null) {
            conditions.add("a.job_id = :job");
            params.put("job", filter.jobId());
        }
        if (filter.status() != null) {
            conditions.add("a.status = :status");
            params.put("status", filter.status().code());
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        List<Counted> rows = jdbc.sql("""
                        SELECT a.id, a.job_id, a.candidate_id, a.status, a.submitted_at, a.updated_at,
                               a.eligible, a.eligibility_reasons, a.eligibility_checked_at,
                               s.title, s.facility_name, s.city_name, s.state_code, s.status AS job_status,
                               (SELECT count(*) FROM applications a%1$s) AS total
                        FROM applications a LEFT JOIN job_snapshots s ON s.job_id = a.job_id%1$s
                        ORDER BY a.submitted_at DESC, a.id DESC LIMIT :limit OFFSET :offset""".formatted(where))
                .params(params).param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> new Counted(summary(rs), rs.getLong("total")))
                .list();
        if (rows.isEmpty()) {
            // past the last page (or nothing at all): no row carries the total
            long total = jdbc.sql("SELECT count(*) FROM applications a" + where).params(params).query(Long.class).single();
            return PageResponse.of(List.of(), page, total);
        }
        return PageResponse.of(rows.stream().map(Counted::item).toList(), page, rows.getFirst().total());
    }

    private static ApplicationSummaryResponse summary(ResultSet rs) throws SQLException {
        UUID jobId = rs.getObject("job_id", UUID.class);
        return new ApplicationSummaryResponse(rs.getObject("id", UUID.class), jobId,
                rs.getObject("candidate_id", UUID.class), rs.getString("status"),
                rs.getTimestamp("submitted_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
                new JobSummaryResponse(jobId, rs.getString("title"), rs.getString("facility_name"),
                        rs.getString("city_name"), rs.getString("state_code"), rs.getString("job_status")),
                eligibility(rs));
    }

    private static EligibilityVerdict eligibility(ResultSet rs) throws SQLException {
        boolean eligible = rs.getBoolean("eligible");
        if (rs.wasNull()) {
            return null;
        }
        return new EligibilityVerdict(eligible, EligibilityReasonsConverter.read(rs.getString("eligibility_reasons")),
                rs.getTimestamp("eligibility_checked_at").toInstant());
    }

    /** A row of the page with the total of the matches, which every row carries. */
    private record Counted(ApplicationSummaryResponse item, long total) {
    }
}
