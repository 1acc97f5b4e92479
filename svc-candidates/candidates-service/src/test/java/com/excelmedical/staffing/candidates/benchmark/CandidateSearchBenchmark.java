package com.excelmedical.staffing.candidates.benchmark;

import com.excelmedical.staffing.candidates.ReferenceStandIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import com.excelmedical.staffing.candidates.search.SearchPlans;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Candidate search ({@code GET /candidates}) at 16 clients over 50,000 candidates with profiles, three positions
 * each, licenses (a third multistate), certifications and, for one in five, a resume's text: a mix of text alone,
 * text with filters, filters alone and eligibility for a job, then each kind alone. Run with {@code ./mvnw -B
 * verify -pl svc-candidates/candidates-service -am -Pbenchmark -Dit.test=CandidateSearchBenchmark}.
 */
@OnlyInBenchmarkProfile
class CandidateSearchBenchmark extends StandInJobsBenchmark {

    private static final int CANDIDATES = Integer.getInteger("benchmark.candidates", 50_000);
    private static final Duration PER_KIND = Duration.ofSeconds(Integer.getInteger("benchmark.kindSeconds", 10));
    private static final List<String> TEXTS = List.of("icu", "charge nurse", "trauma", "pediatric", "Baylor", "telemetry",
            "ACLS", "night shift", "Garcia", "labor delivery", "\"step down\"", "ventilator -pediatric", "NICU preceptor", "Houston");
    private static final List<String> SPECIALTIES = List.of("ICU", "ER", "MEDSURG", "TELE", "NICU", "LD");
    private static final List<String> STATES = List.of("TX", "FL", "CA", "NY", "AZ", "GA", "NC", "OH", "WA", "IL");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;
    @LocalServerPort
    int port;

    @Test
    void searchOver50000CandidatesAt16Clients() throws Exception {
        machine();
        long start = System.nanoTime();
        CandidateSearchData.load(jdbc, CANDIDATES);
        int indexed = jdbc.queryForObject("SELECT count(*) FROM candidate_search WHERE active", Integer.class);
        report("data: %,d candidates (%,d positions, %,d licenses, %,d certifications, %,d resumes) loaded and indexed in %.1f s",
                indexed, count("candidate_work_experiences"), count("candidate_licenses"), count("candidate_certifications"),
                count("candidate_resumes"), (System.nanoTime() - start) / 1e9);
        assertThat(indexed).isGreaterThanOrEqualTo(CANDIDATES);

        List<UUID> jobs = new ArrayList<>();
        for (String state : List.of("TX", "CA", "FL", "NY")) {
            for (String specialty : List.of("ICU", "ER", "MEDSURG")) {
                jobs.add(job(state, specialty));
            }
        }
        String token = TOKENS.forUser(UUID.randomUUID(), "recruiter");
        Map<String, java.util.function.Supplier<String>> kinds = Map.of(
                "text", () -> "q=" + any(TEXTS),
                "text+filters", () -> "q=" + any(TEXTS) + "&state=" + any(STATES) + (coin() ? "&specialty=" + any(SPECIALTIES) : "")
                        + (coin() ? "&licensedIn=" + any(STATES) : ""),
                "filters", () -> "specialty=" + any(SPECIALTIES) + "&state=" + any(STATES)
                        + (coin() ? "&availableBy=" + LocalDate.now().plusDays(30) : "&licensedIn=" + any(STATES)),
                "eligibleFor", () -> "eligibleFor=" + any(jobs) + (coin() ? "&q=" + any(TEXTS) : "&sort=availability"));
        List<String> names = List.copyOf(kinds.keySet());
        String base = "http://localhost:" + port + "/candidates?";
        ClientCalls mix = client -> n -> call(base, kinds.get(names.get(ThreadLocalRandom.current().nextInt(names.size()))).get(), token);

        run(WARM_UP, CLIENTS, mix);
        long[] single = run(Duration.ofSeconds(10), 1, mix);
        report("search mix: 1 client for 10 s: %,d requests, p50 %.1f ms, p95 %.1f ms", single.length, ms(single, 0.50), ms(single, 0.95));
        reportLatencies("search mix", run(MEASURE, CLIENTS, mix), MEASURE, "target p95 <= 50 ms");
        for (String kind : List.of("text", "text+filters", "filters", "eligibleFor")) {
            ClientCalls only = client -> n -> call(base, kinds.get(kind).get(), token);
            reportLatencies("  " + kind, run(PER_KIND, CLIENTS, only), PER_KIND, "alone");
        }
        SearchPlans.explain(context, "icu", null, null, null, null).forEach(line -> report("    %s", line));
        SearchPlans.explain(context, "charge nurse", null, "TX", "TX", null).forEach(line -> report("    %s", line));
        SearchPlans.explain(context, null, "ICU", "TX", "FL", null).forEach(line -> report("    %s", line));
        SearchPlans.explain(context, null, null, null, null, jobs.getFirst()).forEach(line -> report("    %s", line));
        SearchPlans.explain(context, "icu", null, null, null, jobs.getFirst()).forEach(line -> report("    %s", line));
        for (String text : TEXTS) {
            // per text: how its matches are read (availability walk or text index) and what the statement cost
            List<String> plan = SearchPlans.explain(context, text, null, null, null, null);
            report("    q=%-24s %s; %s", text, plan.stream().filter(line -> line.contains(" on candidate_search")).findFirst().orElse("").strip(),
                    plan.stream().filter(line -> line.contains("Execution Time")).findFirst().orElse("").strip());
        }
        SearchAlternatives.measure(jdbc).forEach(line -> report("  %s", line));
    }

    private UUID job(String state, String specialty) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                INSERT INTO job_snapshots (job_id, title, state_code, status, occurred_at, profession_id, specialty_id, start_date, end_date)
                VALUES (?, 'Travel RN', ?, 'active', now(), ?, ?, current_date + 30, current_date + 120)""",
                id, state, ReferenceStandIn.professionId("RN"), ReferenceStandIn.specialtyId(specialty));
        return id;
    }

    private int count(String table) {
        return jdbc.queryForObject("SELECT count(*) FROM " + table, Integer.class);
    }

    private static Call call(String base, String query, String token) {
        return new Call(URI.create(base + query.replace(" ", "%20").replace("\"", "%22")), "GET", token, null, 200);
    }

    private static <T> T any(List<T> values) {
        return values.get(ThreadLocalRandom.current().nextInt(values.size()));
    }

    private static boolean coin() {
        return ThreadLocalRandom.current().nextBoolean();
    }
}
