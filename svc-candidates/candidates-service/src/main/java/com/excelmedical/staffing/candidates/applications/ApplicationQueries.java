package com.excelmedical.staffing.candidates.applications;

import com.excelmedical.staffing.candidates.eligibilitycheck.EligibilityVerdict;
import com.excelmedical.staffing.platform.paging.PageQuery;
import com.excelmedical.staffing.platform.paging.PageResponse;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Lists applications newest first, each with its job's title and place from {@code job_snapshots} and the
 * eligibility kept with it: one query on this service's own tables (indexes by candidate, job and status
 * lead with the filter and end in the order), never a call to svc-jobs.
 */
@Repository
class ApplicationQueries {

    private final JdbcClient jdbc;

    ApplicationQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
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
        long total = jdbc.sql("SELECT count(*) FROM applications a" + where).params(params).query(Long.class).single();
        if (total <= page.offset()) {
            return PageResponse.of(List.of(), page, total);
        }
        List<ApplicationSummaryResponse> items = jdbc.sql("""
                        SELECT a.id, a.job_id, a.candidate_id, a.status, a.submitted_at, a.updated_at,
                               a.eligible, a.eligibility_reasons, a.eligibility_checked_at,
                               s.title, s.facility_name, s.city_name, s.state_code, s.status AS job_status
                        FROM applications a LEFT JOIN job_snapshots s ON s.job_id = a.job_id
                        """ + where + " ORDER BY a.submitted_at DESC, a.id DESC LIMIT :limit OFFSET :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> {
                    UUID jobId = rs.getObject("job_id", UUID.class);
                    return new ApplicationSummaryResponse(rs.getObject("id", UUID.class), jobId,
                            rs.getObject("candidate_id", UUID.class), rs.getString("status"),
                            rs.getTimestamp("submitted_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
                            new JobSummaryResponse(jobId, rs.getString("title"), rs.getString("facility_name"),
                                    rs.getString("city_name"), rs.getString("state_code"), rs.getString("job_status")),
                            eligibility(rs));
                })
                .list();
        return PageResponse.of(items, page, total);
    }

    private static EligibilityVerdict eligibility(ResultSet rs) throws SQLException {
        boolean eligible = rs.getBoolean("eligible");
        if (rs.wasNull()) {
            return null;
        }
        return new EligibilityVerdict(eligible, EligibilityReasonsConverter.read(rs.getString("eligibility_reasons")),
                rs.getTimestamp("eligibility_checked_at").toInstant());
    }
}
