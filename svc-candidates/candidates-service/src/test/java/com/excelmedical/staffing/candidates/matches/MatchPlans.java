package com.excelmedical.staffing.candidates.matches;

import io.micrometer.core.instrument.MeterRegistry;
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

    /** {@code EXPLAIN (ANALYZE, BUFFERS)} of the statement that counts a candidate's whole list. */
    public static List<String> explainCount(ApplicationContext context, UUID candidateId) {
        MatchQuery.Statement counting = context.getBean(MatchQuery.class).counting(context.getBean(MatchCriteriaFactory.class).of(candidateId));
        return context.getBean(NamedParameterJdbcTemplate.class)
                .queryForList("EXPLAIN (ANALYZE, BUFFERS) " + counting.sql(), counting.params(), String.class);
    }

    /** How many pages of matches were ranked from the pre-selection alone and how many from the whole list. */
    public static String rankings(ApplicationContext context) {
        MeterRegistry meters = context.getBean(MeterRegistry.class);
        return "preselected %.0f, whole list %.0f".formatted(meters.get("candidates.matches.rankings").tag("scope", "preselected").counter().count(),
                meters.get("candidates.matches.rankings").tag("scope", "all").counter().count());
    }
}
