package com.excelmedical.staffing.candidates.matches;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.util.List;
import java.util.UUID;

/** {@code EXPLAIN (ANALYZE, BUFFERS)} of the ranking statement a candidate's first page of matches runs first, for benchmarks. */
public final class MatchPlans {

    private MatchPlans() {
    }

    public static List<String> explain(ApplicationContext context, UUID candidateId, int size) {
        MatchQuery.Statement listing = context.getBean(MatchQuery.class)
                .listing(context.getBean(MatchCriteriaFactory.class).of(candidateId), size);
        return context.getBean(NamedParameterJdbcTemplate.class)
                .queryForList("EXPLAIN (ANALYZE, BUFFERS) " + listing.sql(), listing.params(), String.class);
    }
}
