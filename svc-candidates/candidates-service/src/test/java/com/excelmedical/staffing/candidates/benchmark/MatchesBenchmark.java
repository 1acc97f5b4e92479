package com.excelmedical.staffing.candidates.benchmark;

import com.excelmedical.staffing.candidates.ReferenceStandIn;
import com.excelmedical.staffing.candidates.matches.MatchPlans;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A candidate's first page of matches ({@code GET /candidates/me/matches}, 20 items) at 16 clients over
 * 20,000 active job snapshots (7 specialties, 20 states, 60 cities) and 300 candidates with complete
 * profiles, a license, certifications, 10 passed jobs and 5 applications each. Run with
 * {@code ./mvnw -B verify -pl svc-candidates/candidates-service -am -Pbenchmark -Dtest=none
 * -Dit.test=MatchesBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@OnlyInBenchmarkProfile
class MatchesBenchmark extends StandInJobsBenchmark {

    /** Longer than the other benchmarks' 10 s: after 10 s the JIT still compiled through the measured phase. */
    private static final Duration MATCHES_WARM_UP = Duration.ofSeconds(Integer.getInteger("benchmark.warmUpSeconds", 30));
    private static final int JOBS = Integer.getInteger("benchmark.matchJobs", 20_000);
    private static final int CANDIDATES = Integer.getInteger("benchmark.matchCandidates", 300);
    private static final String STATES = "{TX,CA,FL,NY,AZ,CO,WA,NC,GA,TN,OH,PA,VA,MO,WI,MN,OR,NV,UT,KY}";
    private static final List<String> SPECIALTIES = List.of("ICU", "ER", "MEDSURG", "TELE", "NICU", "LD", "LPN_LTC");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;
    @LocalServerPort
    int port;

    @Test
    void matchesOver20000ActiveJobsAt16Clients() throws Exception {
        machine();
        long start = System.nanoTime();
        String specialties = SPECIALTIES.stream().map(code -> ReferenceStandIn.specialtyId(code).toString())
                .collect(java.util.stream.Collectors.joining(",", "{", "}"));
        jdbc.update("""
                INSERT INTO job_snapshots (job_id, title, facility_name, city_name, state_code, status, occurred_at, profession_id,
                                           specialty_id, job_type, start_date, end_date, weekly_pay, currency)
                SELECT ('20000000-0000-0000-0000-' || lpad(g::text, 12, '0'))::uuid, 'Travel RN ' || g, 'Mercy General ' || g % 500,
                       'City ' || (g % 60), (CAST(? AS text[]))[1 + g % 20], 'active', now() - g * interval '1 minute',
                       CASE WHEN g % 7 = 6 THEN CAST(? AS uuid) ELSE CAST(? AS uuid) END, (CAST(? AS uuid[]))[1 + g % 7], 'travel',
                       current_date + (g % 120), current_date + (g % 120) + 91, 1800 + (g * 37) % 2000, 'USD'
                FROM generate_series(1, ?) g ON CONFLICT DO NOTHING""",
                STATES, ReferenceStandIn.professionId("LPN"), ReferenceStandIn.professionId("RN"), specialties, JOBS);
        jdbc.update("""
                INSERT INTO candidates (id, specialty, weekly_pay_min, available_from)
                SELECT ('30000000-0000-0000-0000-' || lpad(g::text, 12, '0'))::uuid, (CAST(? AS text[]))[1 + g % 6],
                       2200 + (g % 7) * 100, current_date + (g % 60)
                FROM generate_series(1, ?) g ON CONFLICT DO NOTHING""", "{ICU,ER,MEDSURG,TELE,NICU,LD}", CANDIDATES);
        jdbc.update("""
                INSERT INTO candidate_professions (candidate_id, profession_code) SELECT id, 'RN' FROM candidates
                WHERE id::text LIKE '30000000-%' ON CONFLICT DO NOTHING""");
        jdbc.update("""
                INSERT INTO candidate_preferred_states (candidate_id, state_code)
                SELECT c.id, (CAST(? AS text[]))[1 + (abs(hashtext(c.id::text)) + k * 7) % 20] FROM candidates c, generate_series(0, 1) k
                WHERE c.id::text LIKE '30000000-%' ON CONFLICT DO NOTHING""", STATES);
        jdbc.update("""
                INSERT INTO candidate_preferred_cities (candidate_id, name, state_code)
                SELECT c.id, 'City ' || abs(hashtext(c.id::text)) % 60, 'TX' FROM candidates c
                WHERE c.id::text LIKE '30000000-%' ON CONFLICT DO NOTHING""");
        jdbc.update("""
                INSERT INTO candidate_licenses (id, candidate_id, license_type, state_code, license_number, multistate, issued_on, expires_on)
                SELECT gen_random_uuid(), c.id, 'RN', 'TX', 'RN' || abs(hashtext(c.id::text)), true, current_date - 700, current_date + 400
                FROM candidates c WHERE c.id::text LIKE '30000000-%' ON CONFLICT DO NOTHING""");
        jdbc.update("""
                INSERT INTO candidate_certifications (id, candidate_id, certification_code, issued_on, expires_on)
                SELECT gen_random_uuid(), c.id, code, current_date - 300, current_date + 100 + abs(hashtext(c.id::text || code)) % 300
                FROM candidates c, unnest(ARRAY['BLS', 'ACLS', 'PALS', 'NRP']) code
                WHERE c.id::text LIKE '30000000-%' ON CONFLICT DO NOTHING""");
        jdbc.update("""
                INSERT INTO candidate_job_swipes (candidate_id, job_id, action, match_score, match_parts)
                SELECT c.id, ('20000000-0000-0000-0000-' || lpad((1 + (abs(hashtext(c.id::text)) + k * 101) % ?)::text, 12, '0'))::uuid,
                       'pass', 50, '{}'
                FROM candidates c, generate_series(0, 9) k WHERE c.id::text LIKE '30000000-%' ON CONFLICT DO NOTHING""", JOBS);
        jdbc.update("""
                INSERT INTO applications (id, candidate_id, job_id, status, source, submitted_at, updated_at)
                SELECT gen_random_uuid(), c.id,
                       ('20000000-0000-0000-0000-' || lpad((1 + (abs(hashtext(c.id::text)) + k * 211 + 50) % ?)::text, 12, '0'))::uuid,
                       'submitted', 'direct', now(), now()
                FROM candidates c, generate_series(0, 4) k WHERE c.id::text LIKE '30000000-%' ON CONFLICT DO NOTHING""", JOBS);
        settle(jdbc, "job_snapshots", "candidates", "candidate_licenses", "candidate_certifications", "candidate_job_swipes",
                "applications", "candidate_preferred_states", "candidate_preferred_cities");
        int active = jdbc.queryForObject("SELECT count(*) FROM job_snapshots WHERE status = 'active'", Integer.class);
        report("matches data: %,d active job snapshots, %,d candidates loaded in %.1f s", active, CANDIDATES,
                (System.nanoTime() - start) / 1e9);
        assertThat(active).isGreaterThanOrEqualTo(JOBS);

        List<UUID> candidates = IntStream.rangeClosed(1, CANDIDATES)
                .mapToObj(i -> UUID.fromString("30000000-0000-0000-0000-%012d".formatted(i))).toList();
        List<String> tokens = candidates.stream().map(id -> TOKENS.forUser(id, "candidate")).toList();
        URI uri = URI.create("http://localhost:" + port + "/candidates/me/matches?size=20");
        ClientCalls matches = client -> n -> new Call(uri, "GET", tokens.get(ThreadLocalRandom.current().nextInt(tokens.size())), null, 200);

        run(MATCHES_WARM_UP, CLIENTS, matches);
        long[] single = run(Duration.ofSeconds(10), 1, matches);
        report("matches: 1 client for 10 s: %,d requests, p50 %.1f ms, p95 %.1f ms", single.length, ms(single, 0.50), ms(single, 0.95));
        long[] latencies = run(MEASURE, CLIENTS, matches);
        reportLatencies("matches", latencies, MEASURE, "target p95 <= 50 ms");
        report("matches: pages ranked: %s", MatchPlans.rankings(context));
        MatchPlans.explain(context, candidates.get(41), 20).forEach(line -> report("    %s", line));
        report("matches: counting the whole list:");
        MatchPlans.explainCount(context, candidates.get(41)).forEach(line -> report("    %s", line));
        jdbc.update("DELETE FROM candidate_preferred_states WHERE candidate_id = ?", candidates.get(42));
        jdbc.update("DELETE FROM candidate_preferred_cities WHERE candidate_id = ?", candidates.get(42));
        jdbc.update("UPDATE candidates SET specialty = NULL WHERE id = ?", candidates.get(42));
        report("matches: a profile without specialty or places scores every active job:");
        MatchPlans.explain(context, candidates.get(42), 20).forEach(line -> report("    %s", line));
    }
}
