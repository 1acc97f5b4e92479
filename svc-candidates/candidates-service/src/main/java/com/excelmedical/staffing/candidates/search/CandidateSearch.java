package com.excelmedical.staffing.candidates.search;

import com.excelmedical.staffing.platform.paging.PageQuery;
import com.excelmedical.staffing.platform.paging.PageResponse;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Candidate search in one statement: the soonest available matching candidates, at most {@link #BOUND} of them,
 * are collected once from {@code candidate_search} (id, availability and rank only), counted, ordered and paged,
 * and the page joins back to the profile and credentials for its few rows. With more than {@link #BOUND}
 * matches the total says {@link #BOUND} and is not exact, and a text's relevance orders the bounded set: the
 * most relevant of the {@link #BOUND} soonest available matches come first. Eligibility for a job alone reads
 * the job state's credential rows in availability order instead (V29), checking the job on each row.
 */
@Repository
class CandidateSearch {

    /** The most candidates a search reads, counts and orders: a longer list is cut at its soonest available. */
    static final int BOUND = 1_000;

    private final NamedParameterJdbcTemplate jdbc;

    CandidateSearch(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    CandidateSearchPage search(SearchCriteria criteria, PageQuery page) {
        return search(criteria, page, BOUND);
    }

    /**
     * The search with another bound (tests of the bound itself). A text that yields no search term (stop words,
     * punctuation or operators alone) matches nothing in the statement, which says so ({@code terms}): the search
     * then runs again without the text, as if none had been given. The statement tells it, not a round trip of
     * its own before every text search.
     */
    CandidateSearchPage search(SearchCriteria criteria, PageQuery page, int bound) {
        SearchConditions conditions = SearchConditions.of(criteria);
        List<CandidateSummaryResponse> items = new ArrayList<>();
        long[] found = {0};
        boolean[] noTerms = {false};
        CustomPlans.query(jdbc, sql(criteria, conditions), params(criteria, conditions, page, bound), rs -> {
            found[0] = rs.getLong("total");
            noTerms[0] = rs.getInt("terms") == 0;
            if (rs.getObject("id") != null) {
                items.add(summary(rs));
            }
        });
        if (criteria.text() != null && noTerms[0]) {
            return search(criteria.withoutText(), page, bound);
        }
        boolean exact = found[0] <= bound;
        PageResponse<CandidateSummaryResponse> shape = PageResponse.of(items, page, Math.min(found[0], bound));
        return new CandidateSearchPage(shape.items(), shape.page(), shape.size(), shape.totalItems(), shape.totalPages(), exact);
    }

    /** The statement's parameters; visible, with {@link #sql}, so that the benchmark can show its plan. */
    MapSqlParameterSource params(SearchCriteria criteria, SearchConditions conditions, PageQuery page, int bound) {
        long limit = Math.max(0, Math.min(page.size(), bound - page.offset()));
        return conditions.params().addValue("bound", bound).addValue("read", bound + 1)
                .addValue("limit", limit).addValue("offset", page.offset())
                .addValue("listedOn", Date.valueOf(criteria.today()));
    }

    /**
     * The statement for the criteria: {@code m} reads one more than the bound in availability order (to know
     * whether more match), {@code t} counts them (and the text's search terms), {@code k} keeps the bound,
     * {@code p} orders and pages it.
     */
    String sql(SearchCriteria criteria, SearchConditions conditions) {
        String rank = criteria.text() != null ? "ts_rank_cd(s.document, websearch_to_tsquery('english', :q))" : "null::real";
        String terms = criteria.text() != null ? "numnode(websearch_to_tsquery('english', :q))" : "1";
        String order = criteria.byRelevance() ? "k.rank desc, k.id" : "k.available_from nulls last, k.id";
        // a candidate with two licenses that both let them work in the job's state has two rows there: read once
        String matches = conditions.walksEligibility()
                ? "select distinct on (e.available_from, e.candidate_id) e.candidate_id as id, e.available_from, null::real as rank"
                        + " from candidate_search_licenses e where " + conditions.where()
                        + " order by e.available_from nulls last, e.candidate_id limit :read"
                : "select s.candidate_id as id, s.available_from, " + rank + " as rank from candidate_search s where " + conditions.where()
                        + " order by s.available_from nulls last, s.candidate_id limit :read";
        return "with m as materialized (" + matches + "),"
                + " t as (select count(*) as total, " + terms + " as terms from m),"
                + " k as (select m.* from m order by m.available_from nulls last, m.id limit :bound),"
                + " p as (select k.* from k order by " + order + " limit :limit offset :offset)"
                + " select t.total, t.terms, p.id, p.rank, c.first_name, c.last_name, c.city, c.state_code, c.specialty,"
                + " c.years_of_experience, c.available_from,"
                + " array(select cp.profession_code from candidate_professions cp where cp.candidate_id = p.id order by 1) as professions,"
                + " array(select distinct l.state_code::text from candidate_licenses l where l.candidate_id = p.id"
                + "   and l.status = 'ACTIVE' and l.expires_on >= :listedOn order by 1) as licensed_states,"
                + " array(select x.certification_code from candidate_certifications x where x.candidate_id = p.id"
                + "   and x.status = 'ACTIVE' and (x.expires_on is null or x.expires_on >= :listedOn) order by 1) as certifications"
                + " from t left join (p join candidates c on c.id = p.id) on true"
                + " order by " + order.replace("k.", "p.");
    }

    private static CandidateSummaryResponse summary(ResultSet rs) throws SQLException {
        float rank = rs.getFloat("rank");
        Double relevance = rs.wasNull() ? null : Math.round(rank * 10_000d) / 10_000d;
        int years = rs.getInt("years_of_experience");
        Integer yearsOfExperience = rs.wasNull() ? null : years;
        String state = rs.getString("state_code");
        return new CandidateSummaryResponse(rs.getObject("id", UUID.class), rs.getString("first_name"), rs.getString("last_name"),
                rs.getString("city"), state == null ? null : state.strip(), rs.getString("specialty"), strings(rs.getArray("professions")),
                yearsOfExperience, rs.getObject("available_from", LocalDate.class), strings(rs.getArray("licensed_states")),
                strings(rs.getArray("certifications")), relevance);
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
