package com.excelmedical.staffing.candidates.benchmark;

import com.excelmedical.staffing.candidates.JobsStandIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Apply ({@code POST /candidates/applications}) over HTTP at 16 clients: the token check, the Feign call to
 * "svc-jobs" (the WireMock stand-in, in this JVM), the insert of the application, its history row and
 * its outbox row, then Kafka. Each request is a new (candidate, job) pair, so each creates an application.
 * Run with {@code ./mvnw -B verify -pl svc-candidates/candidates-service -am -Pbenchmark -Dit.test=ApplyBenchmark}.
 */
@OnlyInBenchmarkProfile
class ApplyBenchmark extends BenchmarkSupport {

    private static final int CANDIDATES_PER_CLIENT = 50;
    private static final int JOBS = 2_000;

    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    @Test
    void applyAt16Clients() throws Exception {
        machine();
        // svc-jobs answers by key; a stub per job would make the stand-in (in this JVM, on these cores) compare
        // each request with every stub
        JobsStandIn.everyJobActive("Benchmark RN");
        List<UUID> jobs = new ArrayList<>();
        for (int i = 0; i < JOBS; i++) {
            jobs.add(UUID.randomUUID());
        }
        URI uri = URI.create("http://localhost:" + port + "/candidates/applications");
        int before = jdbc.queryForObject("SELECT count(*) FROM applications", Integer.class);

        // warm-up and measurement use different candidates, so every (candidate, job) pair is new
        long[] warmUp = run(WARM_UP, CLIENTS, applies(uri, jobs, 0));
        int refused = takeOtherAnswers().values().stream().mapToInt(Integer::intValue).sum();
        long[] single = run(java.time.Duration.ofSeconds(10), 1, applies(uri, jobs, 1));
        Map<Integer, Integer> singleOther = takeOtherAnswers();
        refused += singleOther.values().stream().mapToInt(Integer::intValue).sum();
        report("apply: 1 client for 10 s: %,d requests, p50 %.1f ms, p95 %.1f ms; other answers by status: %s", single.length,
                ms(single, 0.50), ms(single, 0.95), singleOther);
        long[] latencies = run(MEASURE, CLIENTS, applies(uri, jobs, 2));
        Map<Integer, Integer> other = Map.copyOf(OTHER_ANSWERS);
        refused += other.values().stream().mapToInt(Integer::intValue).sum();
        reportLatencies("apply", latencies, MEASURE, "target p95 <= 50 ms");

        // every 201 stored exactly one application; every other answer stored none
        int after = jdbc.queryForObject("SELECT count(*) FROM applications", Integer.class);
        assertThat(after - before).isEqualTo(warmUp.length + single.length + latencies.length - refused);
    }

    /** Client c's n-th request: candidate n % 50 of this client and round, job n / 50. */
    private ClientCalls applies(URI uri, List<UUID> jobs, int round) {
        return client -> {
            List<UUID> candidates = new ArrayList<>();
            List<String> tokens = new ArrayList<>();
            for (int i = 0; i < CANDIDATES_PER_CLIENT; i++) {
                UUID candidate = UUID.randomUUID();
                candidates.add(candidate);
                tokens.add(TOKENS.forUser(candidate, "candidate"));
            }
            return n -> new Call(uri, "POST", tokens.get(n % CANDIDATES_PER_CLIENT),
                    "{\"jobId\": \"%s\", \"note\": \"Benchmark round %d\"}".formatted(jobs.get((n / CANDIDATES_PER_CLIENT) % JOBS), round),
                    201);
        };
    }
}
