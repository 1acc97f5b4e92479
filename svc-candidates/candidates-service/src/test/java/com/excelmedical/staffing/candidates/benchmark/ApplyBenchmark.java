package com.excelmedical.staffing.candidates.benchmark;

import com.excelmedical.staffing.candidates.JobsStandIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URI;
import java.time.Duration;
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
    /** Each round's own jobs: a client making 25,000 requests in a round still never repeats a pair. */
    private static final int JOBS_PER_ROUND = 500;
    /**
     * A minute of warm-up, not the shared 10 s: at apply's request rate 10 s left the JIT compiling through the
     * measured phase (C2 at 40% of a core), and the figure described a service still starting.
     */
    private static final Duration APPLY_WARM_UP = Duration.ofSeconds(Integer.getInteger("benchmark.warmUpSeconds", 60));

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

        List<List<String>> tokens = tokensByClient();
        long[] warmUp = run(APPLY_WARM_UP, CLIENTS, applies(uri, jobs, tokens, 0));
        Map<Integer, Integer> warmUpOther = takeOtherAnswers();
        int refused = warmUpOther.values().stream().mapToInt(Integer::intValue).sum();
        report("apply: warm-up, %d clients for %d s: %,d requests; other answers by status: %s", CLIENTS, APPLY_WARM_UP.toSeconds(),
                warmUp.length, warmUpOther);
        long[] single = run(Duration.ofSeconds(10), 1, applies(uri, jobs, tokens, 1));
        Map<Integer, Integer> singleOther = takeOtherAnswers();
        refused += singleOther.values().stream().mapToInt(Integer::intValue).sum();
        report("apply: 1 client for 10 s: %,d requests, p50 %.1f ms, p95 %.1f ms; other answers by status: %s", single.length,
                ms(single, 0.50), ms(single, 0.95), singleOther);
        long[] latencies = run(MEASURE, CLIENTS, applies(uri, jobs, tokens, 2));
        Map<Integer, Integer> other = Map.copyOf(OTHER_ANSWERS);
        refused += other.values().stream().mapToInt(Integer::intValue).sum();
        reportLatencies("apply", latencies, MEASURE, "target p95 <= 50 ms");

        // every 201 stored exactly one application; every other answer stored none
        int after = jdbc.queryForObject("SELECT count(*) FROM applications", Integer.class);
        assertThat(after - before).isEqualTo(warmUp.length + single.length + latencies.length - refused);
    }

    /**
     * Client c's n-th request in a round: candidate n % 50 of client c, job n / 50 of the round's own range of jobs, so
     * that every (candidate, job) pair is new. The tokens are signed before the first round: signing 800 RS256 tokens
     * while other clients run would take a core away from the service under measurement.
     */
    private ClientCalls applies(URI uri, List<UUID> jobs, List<List<String>> tokensByClient, int round) {
        return client -> {
            List<String> tokens = tokensByClient.get(client);
            return n -> new Call(uri, "POST", tokens.get(n % CANDIDATES_PER_CLIENT),
                    "{\"jobId\": \"%s\", \"note\": \"Benchmark round %d\"}".formatted(
                            jobs.get((round * JOBS_PER_ROUND + n / CANDIDATES_PER_CLIENT) % JOBS), round),
                    201);
        };
    }

    private static List<List<String>> tokensByClient() {
        List<List<String>> byClient = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            List<String> tokens = new ArrayList<>();
            for (int i = 0; i < CANDIDATES_PER_CLIENT; i++) {
                tokens.add(TOKENS.forUser(UUID.randomUUID(), "candidate"));
            }
            byClient.add(tokens);
        }
        return byClient;
    }
}
