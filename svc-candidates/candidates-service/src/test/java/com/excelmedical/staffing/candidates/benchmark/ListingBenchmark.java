package com.excelmedical.staffing.candidates.benchmark;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A candidate's list of applications ({@code GET /candidates/applications}, first page of 20, newest first,
 * with the job snapshot) at 16 clients, with 100,000 applications in the table: 5,000 candidates with 20
 * applications each over 2,000 jobs. Run with {@code ./mvnw -B verify -pl svc-candidates/candidates-service
 * -am -Pbenchmark -Dit.test=ListingBenchmark}.
 */
@OnlyInBenchmarkProfile
class ListingBenchmark extends StandInJobsBenchmark {

    private static final int APPLICATIONS = Integer.getInteger("benchmark.applications", 100_000);
    private static final int CANDIDATES = APPLICATIONS / 20;
    private static final int QUERIED = 800;
    /** 10 s left the JIT compiling through the measured phase (its threads at 45 % of a core). */
    private static final Duration LISTING_WARM_UP = Duration.ofSeconds(Integer.getInteger("benchmark.warmUpSeconds", 30));

    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    @Test
    void listingWith100000ApplicationsAt16Clients() throws Exception {
        machine();
        long start = System.nanoTime();
        jdbc.update("""
                INSERT INTO candidates (id) SELECT ('00000000-0000-0000-0000-' || lpad(g::text, 12, '0'))::uuid
                FROM generate_series(1, ?) g ON CONFLICT DO NOTHING""", CANDIDATES);
        jdbc.update("""
                INSERT INTO job_snapshots (job_id, title, facility_name, city_name, state_code, status, occurred_at)
                SELECT ('10000000-0000-0000-0000-' || lpad(g::text, 12, '0'))::uuid, 'Travel RN ' || g, 'Mercy General ' || g,
                       'Austin', 'TX', 'active', now()
                FROM generate_series(0, 1999) g ON CONFLICT DO NOTHING""");
        jdbc.update("""
                INSERT INTO applications (id, candidate_id, job_id, status, source, candidate_note, submitted_at, updated_at)
                SELECT gen_random_uuid(), ('00000000-0000-0000-0000-' || lpad((g % ? + 1)::text, 12, '0'))::uuid,
                       ('10000000-0000-0000-0000-' || lpad((((g / ?) * 97 + g % ?) % 2000)::text, 12, '0'))::uuid,
                       'submitted', 'direct', 'Benchmark', now() - g * interval '1 second', now() - g * interval '1 second'
                FROM generate_series(0, ? - 1) g ON CONFLICT DO NOTHING""", CANDIDATES, CANDIDATES, CANDIDATES, APPLICATIONS);
        settle(jdbc, "applications", "job_snapshots");
        int total = jdbc.queryForObject("SELECT count(*) FROM applications", Integer.class);
        report("data: %,d applications of %,d candidates loaded in %.1f s", total, CANDIDATES, (System.nanoTime() - start) / 1e9);
        assertThat(total).isGreaterThanOrEqualTo(APPLICATIONS);

        List<String> tokens = java.util.stream.IntStream.rangeClosed(1, QUERIED)
                .mapToObj(i -> TOKENS.forUser(UUID.fromString("00000000-0000-0000-0000-%012d".formatted(i * (CANDIDATES / QUERIED))),
                        "candidate"))
                .toList();
        URI uri = URI.create("http://localhost:" + port + "/candidates/applications?size=20");
        ClientCalls listing = client -> n -> new Call(uri, "GET", tokens.get(ThreadLocalRandom.current().nextInt(tokens.size())), null, 200);

        run(LISTING_WARM_UP, CLIENTS, listing);
        long[] single = run(Duration.ofSeconds(10), 1, listing);
        report("listing: 1 client for 10 s: %,d requests, p50 %.1f ms, p95 %.1f ms", single.length, ms(single, 0.50), ms(single, 0.95));
        long[] latencies = run(MEASURE, CLIENTS, listing);
        reportLatencies("listing", latencies, MEASURE, "target p95 <= 20 ms");
        jdbc.queryForList("EXPLAIN ANALYZE SELECT a.id, s.title FROM applications a LEFT JOIN job_snapshots s ON s.job_id = a.job_id "
                        + "WHERE a.candidate_id = '00000000-0000-0000-0000-000000000100' ORDER BY a.submitted_at DESC, a.id DESC LIMIT 20",
                String.class).forEach(line -> report("    %s", line));
    }
}
