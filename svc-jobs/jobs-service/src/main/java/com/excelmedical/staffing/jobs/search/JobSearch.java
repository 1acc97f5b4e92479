package com.excelmedical.staffing.jobs.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.excelmedical.staffing.jobs.job.Money;
import com.excelmedical.staffing.jobs.masterdata.MasterData;
import com.excelmedical.staffing.jobs.masterdata.Specialty;
import com.excelmedical.staffing.jobs.masterdata.State;
import com.excelmedical.staffing.platform.paging.PageQuery;
import com.excelmedical.staffing.platform.paging.PageResponse;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import com.excelmedical.staffing.platform.paging.PageQuery;
import com.excelmedical.staffing.platform.paging.PageResponse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Full-text search over active jobs in one statement: the facet counts and the total (GROUPING SETS) and
 * the requested page, from one pass over the partial GIN index on the weighted vector and the filters.
 */
@Repository
class JobSearch {

    private static final String SUMMARY_COLUMNS = """
            j.id, j.title, j.specialty_id, j.specialty_name, j.job_type, j.facility_name, j.city_id, j.city_name, j.state_code,
            j.start_date, j.end_date, j.asap, j.shift, j.hourly_pay, j.weekly_pay, j.openings, j.featured, j.urgent, j.published_at""";

    private final NamedParameterJdbcTemplate jdbc;
    private final MasterData masterData;
    private final JsonMapper json;
    /** The answer depends on the text alone, so it is remembered (bounded) and saves a round trip per search. */
    /** Texts seen recently and whether they yield terms; the least recently used fall out past the bound. */
    private final Cache<String, Boolean> searchTerms = Caffeine.newBuilder().maximumSize(10_000).build();

    JobSearch(NamedParameterJdbcTemplate jdbc, MasterData masterData, JsonMapper json) {
        this.jdbc = jdbc;
        this.masterData = masterData;
        this.json = json;
    }

    /** Whether the text yields any search term (stop words, punctuation and operators alone do not). */
    boolean hasSearchTerms(String q) {
        return searchTerms.get(q, text -> {
            Integer nodes = jdbc.queryForObject("select numnode(websearch_to_tsquery('english', :q))",
                    new MapSqlParameterSource("q", text), Integer.class);
            return nodes != null && nodes > 0;
        });
    }

    SearchResponse search(SearchQuery query, String sort, PageQuery page) {
        MapSqlParameterSource params = query.params().addValue("limit", page.size()).addValue("offset", page.offset());
        List<JobSummary> items = new ArrayList<>();
        String[] facets = {null};
        jdbc.query(searchSql(query, sort), params, rs -> {
            facets[0] = rs.getString("facets");
            if (rs.getObject("id") != null) {
                items.add(summary(rs, items.size()));
            }
        });
        FacetCounts counts = facetCounts(facets[0]);
        return new SearchResponse(PageResponse.of(items, page, counts.total), counts.facets);
    }

    /**
     * One statement: the matching jobs are collected once (only the columns needed to count and sort), the
     * facet counts and total come from GROUPING SETS over them as one JSON value, and the page joins back to
     * the table for its 20-odd rows. Visible so that benchmarks can show its plan.
     */
    String searchSql(SearchQuery query, String sort) {
        String rank = query.hasText() ? "ts_rank_cd(j.search_vector, websearch_to_tsquery('english', :q))" : "0::real";
        String order = switch (sort) {
            case "pay" -> "m.weekly_pay desc nulls last, m.id";
            case "start" -> "m.start_date, m.id";
            case "newest" -> "m.published_at desc nulls last, m.id";
            default -> query.hasText() ? "m.rank desc, m.published_at desc nulls last, m.id" : "m.published_at desc nulls last, m.id";
        };
        return "with m as materialized (select j.id, j.specialty_id, j.state_code, j.job_type, j.weekly_pay, j.start_date,"
                + " j.published_at, " + rank + " as rank, " + query.distanceOrNull() + " as distance_miles from jobs j where "
                + query.where() + "),"
                + " f as (select coalesce(json_agg(json_build_array(g.level, g.value, g.n)), '[]'::json)::text as facets from ("
                + "   select case when grouping(m.specialty_id) = 0 then 'specialty' when grouping(m.state_code) = 0 then 'state'"
                + "   when grouping(m.job_type) = 0 then 'jobType' else 'total' end as level,"
                + "   coalesce(m.specialty_id::text, m.state_code::text, m.job_type) as value, count(*) as n"
                + "   from m group by grouping sets ((m.specialty_id), (m.state_code), (m.job_type), ())) g),"
                + " p as (select m.* from m order by " + order + " limit :limit offset :offset)"
                + " select f.facets, " + SUMMARY_COLUMNS + ", p.distance_miles from f"
                + " left join (p join jobs j on j.id = p.id) on true"
                + " order by " + order.replace("m.", "p.");
    }

    private FacetCounts facetCounts(String facetsJson) {
        List<Facets.Bucket> specialties = new ArrayList<>();
        List<Facets.Bucket> states = new ArrayList<>();
        List<Facets.Bucket> types = new ArrayList<>();
        long total = 0;
        for (JsonNode row : json.readTree(facetsJson == null ? "[]" : facetsJson)) {
            String level = row.get(0).asString();
            String value = row.get(1).isNull() ? null : row.get(1).asString();
            long n = row.get(2).asLong();
            switch (level) {
                case "specialty" -> specialties.add(new Facets.Bucket(value,
                        masterData.specialty(UUID.fromString(value)).map(Specialty::name).orElse(null), n));
                case "state" -> states.add(new Facets.Bucket(value, masterData.state(value).map(State::name).orElse(value), n));
                case "jobType" -> types.add(new Facets.Bucket(value, value, n));
                default -> total = n;
            }
        }
        Comparator<Facets.Bucket> largestFirst = Comparator.comparingLong(Facets.Bucket::count).reversed()
                .thenComparing(Facets.Bucket::value);
        specialties.sort(largestFirst);
        states.sort(largestFirst);
        types.sort(largestFirst);
        return new FacetCounts(total, new Facets(specialties, states, types));
    }

    private static JobSummary summary(ResultSet rs, int row) throws SQLException {
        Timestamp published = rs.getTimestamp("published_at");
        double distance = rs.getDouble("distance_miles");
        Double distanceMiles = rs.wasNull() ? null : Math.round(distance * 10) / 10.0;
        return new JobSummary(rs.getObject("id", UUID.class), rs.getString("title"), rs.getObject("specialty_id", UUID.class),
                rs.getString("specialty_name"), rs.getString("job_type"), rs.getString("facility_name"),
                rs.getObject("city_id", UUID.class), rs.getString("city_name"), rs.getString("state_code"),
                rs.getObject("start_date", java.time.LocalDate.class), rs.getObject("end_date", java.time.LocalDate.class),
                rs.getBoolean("asap"), rs.getString("shift"), Money.format(rs.getBigDecimal("hourly_pay")),
                Money.format(rs.getBigDecimal("weekly_pay")), Money.CURRENCY, rs.getInt("openings"), rs.getBoolean("featured"),
                rs.getBoolean("urgent"), published == null ? null : published.toInstant(), distanceMiles);
    }

    private record FacetCounts(long total, Facets facets) {
    }
}
