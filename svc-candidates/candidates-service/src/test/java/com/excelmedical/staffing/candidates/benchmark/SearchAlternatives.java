package com.excelmedical.staffing.candidates.benchmark;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SQL alone, on the benchmark's data, for the choices behind the search statement: the credential filters as a
 * probe of a candidate's own licenses and certifications per matching candidate (the first design) against a
 * semi-join on the expanded credential rows; text with and without ranking every match; and the filters alone
 * over the stored rows against a copy whose documents are kept out of line. Each statement runs five times;
 * the report gives the median execution time and the buffers the last run touched.
 */
final class SearchAlternatives {

    private static final String Q = "websearch_to_tsquery('english', 'icu')";
    private static final String PROBE_TX = "exists (select 1 from candidate_licenses l where l.candidate_id = s.candidate_id"
            + " and l.status = 'ACTIVE' and l.issued_on <= %1$s and l.expires_on >= %1$s%2$s and (l.state_code = 'TX' or (l.multistate"
            + " and exists (select 1 from nurse_licensure_compact home where home.state_code = l.state_code and home.issues_multistate)"
            + " and exists (select 1 from nurse_licensure_compact here where here.state_code = 'TX' and here.honours_multistate))))";
    private static final String ROWS_TX = "s.candidate_id in (select l.candidate_id from candidate_search_licenses l"
            + " where l.state_code = 'TX' and l.valid_until >= %1$s and l.valid_from <= %1$s%2$s)";
    private static final String PROBE_ICU = " and (select count(*) from candidate_certifications x where x.candidate_id = s.candidate_id"
            + " and x.status = 'ACTIVE' and x.certification_code in ('BLS', 'ACLS') and x.issued_on <= current_date + 30"
            + " and (x.expires_on is null or x.expires_on >= current_date + 120)) = 2";
    private static final String ROWS_ICU = " and s.candidate_id in (select x.candidate_id from candidate_search_certifications x"
            + " where x.code in ('BLS', 'ACLS') and x.valid_until >= current_date + 120 and x.valid_from <= current_date + 30"
            + " group by x.candidate_id having count(*) = 2)";
    private static final String ROWS_ICU_EACH = " and s.candidate_id in (select x.candidate_id from candidate_search_certifications x"
            + " where x.code = 'BLS' and x.valid_until >= current_date + 120 and x.valid_from <= current_date + 30)"
            + " and s.candidate_id in (select x.candidate_id from candidate_search_certifications x"
            + " where x.code = 'ACLS' and x.valid_until >= current_date + 120 and x.valid_from <= current_date + 30)";
    private static final Pattern EXECUTION = Pattern.compile("Execution Time: ([0-9.]+) ms");

    private SearchAlternatives() {
    }

    /** On one connection: the copy is a temporary table. */
    static List<String> measure(JdbcTemplate pooled) {
        return pooled.execute((ConnectionCallback<List<String>>) connection ->
                measureOn(new JdbcTemplate(new SingleConnectionDataSource(connection, true))));
    }

    private static List<String> measureOn(JdbcTemplate jdbc) {
        List<String> lines = new ArrayList<>();
        String today = "current_date";
        String start = "current_date + 30";
        Map<String, String> statements = new LinkedHashMap<>();
        statements.put("licensedIn=TX, probe per candidate", count("s.active and " + PROBE_TX.formatted(today, "")));
        statements.put("licensedIn=TX, credential rows", count("s.active and " + ROWS_TX.formatted(today, "")));
        statements.put("eligibleFor TX ICU RN, probe per candidate",
                count("s.active and " + PROBE_TX.formatted(start, " and l.license_type = 'RN'") + PROBE_ICU));
        statements.put("eligibleFor TX ICU RN, credential rows, codes counted",
                count("s.active and " + ROWS_TX.formatted(start, " and l.license_type = 'RN'") + ROWS_ICU));
        statements.put("eligibleFor TX ICU RN, credential rows, one semi-join per code",
                count("s.active and " + ROWS_TX.formatted(start, " and l.license_type = 'RN'") + ROWS_ICU_EACH));
        statements.put("q=icu, count only", count("s.active and s.document @@ " + Q));
        statements.put("q=icu, first 20 by ts_rank_cd", "select s.candidate_id from candidate_search s where s.active"
                + " and s.document @@ " + Q + " order by ts_rank_cd(s.document, " + Q + ") desc, s.candidate_id limit 20");
        jdbc.execute("create temporary table search_narrow (like candidate_search) with (toast_tuple_target = 128)");
        jdbc.execute("alter table search_narrow alter column document set storage external");
        jdbc.execute("insert into search_narrow select * from candidate_search");
        jdbc.execute("create index on search_narrow using gin (document, specialty, state_code) where active");
        jdbc.execute("analyze search_narrow");
        lines.add(String.format("pages: candidate_search %,d (toast %,d), with documents out of line %,d (toast %,d); document bytes avg %.0f",
                pages(jdbc, "candidate_search"), toastPages(jdbc, "candidate_search"), pages(jdbc, "search_narrow"),
                toastPages(jdbc, "search_narrow"),
                jdbc.queryForObject("select avg(pg_column_size(document)) from candidate_search where active", Double.class)));
        String filters = "s.active and s.specialty = 'ICU' and s.state_code = 'TX'";
        statements.put("specialty=ICU&state=TX, stored rows", "select count(*), min(s.available_from) from candidate_search s where " + filters);
        statements.put("specialty=ICU&state=TX, documents out of line",
                "select count(*), min(s.available_from) from search_narrow s where " + filters);
        statements.put("q=icu ranked, stored rows", "select count(*), max(ts_rank_cd(s.document, " + Q + ")) from candidate_search s"
                + " where s.active and s.document @@ " + Q);
        statements.put("q=icu ranked, documents out of line", "select count(*), max(ts_rank_cd(s.document, " + Q + ")) from search_narrow s"
                + " where s.active and s.document @@ " + Q);
        statements.forEach((name, sql) -> lines.add(explain(jdbc, name, sql)));
        jdbc.execute("drop table search_narrow");
        return lines;
    }

    private static String count(String where) {
        return "select count(*) from candidate_search s where " + where;
    }

    private static String explain(JdbcTemplate jdbc, String name, String sql) {
        List<Double> times = new ArrayList<>();
        List<String> plan = List.of();
        for (int run = 0; run < 5; run++) {
            plan = jdbc.queryForList("explain (analyze, buffers) " + sql, String.class);
            for (String line : plan) {
                Matcher m = EXECUTION.matcher(line);
                if (m.find()) {
                    times.add(Double.parseDouble(m.group(1)));
                }
            }
        }
        times.sort(null);
        String buffers = plan.stream().filter(line -> line.contains("Buffers:")).findFirst().orElse("").strip();
        return String.format("%-48s median %8.1f ms  %s%n      %s", name, times.get(times.size() / 2), buffers, String.join("\n      ", plan));
    }

    private static long pages(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("select pg_relation_size(?::regclass) / 8192", Long.class, table);
    }

    private static long toastPages(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("select coalesce(pg_relation_size(reltoastrelid) / 8192, 0) from pg_class where oid = ?::regclass",
                Long.class, table);
    }
}
