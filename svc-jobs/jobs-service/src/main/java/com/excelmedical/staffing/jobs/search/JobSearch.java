package com.excelmedical.staffing.jobs.search;

import com.excelmedical.staffing.jobs.job.Money;
import com.excelmedical.staffing.jobs.masterdata.MasterData;
import com.excelmedical.staffing.jobs.masterdata.Specialty;
import com.excelmedical.staffing.jobs.masterdata.State;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Full-text search over active jobs: one aggregate query (GROUPING SETS) gives the total and the facet
 * counts, one more gives the requested page. Both use the partial GIN index on the weighted vector.
 */
@Repository
class JobSearch {

    private static final String SUMMARY_COLUMNS = """
            j.id, j.title, j.specialty_id, j.specialty_name, j.job_type, j.facility_name, j.city_id, j.city_name, j.state_code,
            j.start_date, j.end_date, j.asap, j.shift, j.hourly_pay, j.weekly_pay, j.openings, j.featured, j.urgent, j.published_at""";

    private final NamedParameterJdbcTemplate jdbc;
    private final MasterData masterData;

    JobSearch(NamedParameterJdbcTemplate jdbc, MasterData masterData) {
        this.jdbc = jdbc;
        this.masterData = masterData;
    }

    /** Whether the text yields any search term (stop words, punctuation and operators alone do not). */
    boolean hasSearchTerms(String q) {
        Integer nodes = jdbc.queryForObject("select numnode(websearch_to_tsquery('english', :q))", new MapSqlParameterSource("q", q),
                Integer.class);
        return nodes != null && nodes > 0;
    }

    SearchResponse search(SearchQuery query, String sort, int page, int size) {
        FacetCounts counts = facets(query);
        List<JobSummary> items = counts.total == 0 ? List.of() : page(query, sort, page, size);
        return new SearchResponse(items, page, size, counts.total, (int) ((counts.total + size - 1) / size), counts.facets);
    }

    private List<JobSummary> page(SearchQuery query, String sort, int page, int size) {
        String order = switch (sort) {
            case "pay" -> "j.weekly_pay desc nulls last, j.id";
            case "start" -> "j.start_date, j.id";
            case "newest" -> "j.published_at desc nulls last, j.id";
            default -> query.hasText()
                    ? "ts_rank_cd(j.search_vector, websearch_to_tsquery('english', :q)) desc, j.published_at desc nulls last, j.id"
                    : "j.published_at desc nulls last, j.id";
        };
        String sql = "select " + SUMMARY_COLUMNS + ", " + query.distanceOrNull() + " as distance_miles from jobs j where "
                + query.where() + " order by " + order + " limit :limit offset :offset";
        MapSqlParameterSource params = query.params().addValue("limit", size).addValue("offset", page * size);
        return jdbc.query(sql, params, JobSearch::summary);
    }

    private FacetCounts facets(SearchQuery query) {
        String sql = "select j.specialty_id, j.state_code, j.job_type, grouping(j.specialty_id) as g_specialty,"
                + " grouping(j.state_code) as g_state, grouping(j.job_type) as g_type, count(*) as n from jobs j where "
                + query.where() + " group by grouping sets ((j.specialty_id), (j.state_code), (j.job_type), ())";
        List<Facets.Bucket> specialties = new ArrayList<>();
        List<Facets.Bucket> states = new ArrayList<>();
        List<Facets.Bucket> types = new ArrayList<>();
        long[] total = {0};
        jdbc.query(sql, query.params(), rs -> {
            long n = rs.getLong("n");
            if (rs.getInt("g_specialty") == 0) {
                UUID id = rs.getObject("specialty_id", UUID.class);
                specialties.add(new Facets.Bucket(id.toString(), masterData.specialty(id).map(Specialty::name).orElse(null), n));
            } else if (rs.getInt("g_state") == 0) {
                String code = rs.getString("state_code");
                states.add(new Facets.Bucket(code, masterData.state(code).map(State::name).orElse(code), n));
            } else if (rs.getInt("g_type") == 0) {
                String type = rs.getString("job_type");
                types.add(new Facets.Bucket(type, type, n));
            } else {
                total[0] = n;
            }
        });
        Comparator<Facets.Bucket> largestFirst = Comparator.comparingLong(Facets.Bucket::count).reversed()
                .thenComparing(Facets.Bucket::value);
        specialties.sort(largestFirst);
        states.sort(largestFirst);
        types.sort(largestFirst);
        return new FacetCounts(total[0], new Facets(specialties, states, types));
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
