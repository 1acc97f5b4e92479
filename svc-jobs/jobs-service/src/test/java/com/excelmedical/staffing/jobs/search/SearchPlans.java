package com.excelmedical.staffing.jobs.search;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.util.ArrayList;
import java.util.List;

/** EXPLAIN ANALYZE of the statement a search runs, for the benchmark's report. */
public final class SearchPlans {

    private SearchPlans() {
    }

    public static List<String> explain(ApplicationContext context, JobSearchRequest request) {
        JobSearch search = context.getBean(JobSearch.class);
        SearchQuery query = context.getBean(SearchQueries.class).build(request);
        NamedParameterJdbcTemplate jdbc = context.getBean(NamedParameterJdbcTemplate.class);
        MapSqlParameterSource params = query.params().addValue("limit", request.pageQuery().size()).addValue("offset", 0);
        List<String> lines = new ArrayList<>();
        String sql = search.searchSql(query, request.sort() == null ? "relevance" : request.sort());
        lines.add("-- " + sql.replaceAll("\\s+", " "));
        lines.addAll(jdbc.queryForList("explain (analyze, buffers) " + sql, params, String.class));
        return lines;
    }
}
