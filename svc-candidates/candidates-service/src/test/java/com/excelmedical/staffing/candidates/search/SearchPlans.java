package com.excelmedical.staffing.candidates.search;

import com.excelmedical.staffing.candidates.eligibility.StateCode;
import com.excelmedical.staffing.platform.paging.PageQuery;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** EXPLAIN ANALYZE of the statement a candidate search runs (first page of 20), for the benchmark's report. */
public final class SearchPlans {

    private SearchPlans() {
    }

    public static List<String> explain(ApplicationContext context, String q, String specialty, String state, String licensedIn,
                                       UUID eligibleFor) {
        CandidateSearch search = context.getBean(CandidateSearch.class);
        LocalDate today = LocalDate.now();
        SearchCriteria criteria = new SearchCriteria(q, specialty, state == null ? null : StateCode.of(state),
                licensedIn == null ? null : StateCode.of(licensedIn), null,
                Optional.ofNullable(eligibleFor).map(job -> context.getBean(EligibleForJob.class).requirements(job, today)),
                q == null ? SearchSort.AVAILABILITY : SearchSort.RELEVANCE, today);
        SearchConditions conditions = SearchConditions.of(criteria);
        String sql = search.sql(criteria, conditions);
        List<String> lines = new ArrayList<>();
        lines.add("-- " + (q == null ? "" : "q=" + q + " ") + (specialty == null ? "" : "specialty=" + specialty + " ")
                + (state == null ? "" : "state=" + state + " ") + (licensedIn == null ? "" : "licensedIn=" + licensedIn + " ")
                + (eligibleFor == null ? "" : "eligibleFor=" + eligibleFor));
        lines.addAll(context.getBean(NamedParameterJdbcTemplate.class).queryForList("explain (analyze, buffers) " + sql,
                search.params(criteria, conditions, PageQuery.first(20), CandidateSearch.BOUND), String.class));
        return lines;
    }
}
