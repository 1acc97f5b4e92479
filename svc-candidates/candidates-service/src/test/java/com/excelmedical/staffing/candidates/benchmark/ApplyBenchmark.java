package com.excelmedical.staffing.candidates.benchmark;

import com.excelmedical.staffing.candidates.JobsStandIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Apply ({@code POST /candidates/applications}) over HTTP at 16 clients: the token check, the Feign call to the real
 * svc-jobs ({@link JobsServiceProcess}: its jar in a process of its own, with 2,000 open jobs imported through its
 * import route), the insert of the application, its history row and its outbox row, then Kafka (which svc-jobs
 * consumes too). Each request is a new (candidate, job) pair, so each creates an application. Run with
 * {@code ./mvnw -B verify -pl svc-jobs/jobs-service,svc-candidates/candidates-service -am -Pbenchmark
 * -Dit.test=ApplyBenchmark} (svc-jobs' jar is built in the same command).
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

    @DynamicPropertySource
    static void realJobsService(DynamicPropertyRegistry registry) {
        registry.add("candidates.jobs-client.url", () -> JobsServiceProcess.shared().url());
    }

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Environment environment;
    @LocalServerPort
    int port;

    @Test
    void applyAt16Clients() throws Exception {
        machine();
        assertThat(environment.getProperty("candidates.jobs-client.url")).isEqualTo(JobsServiceProcess.shared().url());
        long start = System.nanoTime();
        new BenchmarkJobsFeed(JobsServiceProcess.shared().url()).importOpenJobs(JOBS);
        List<UUID> jobs = JobsServiceProcess.activeJobIds(BenchmarkJobsFeed.EXTERNAL_ID_PREFIX);
        assertThat(jobs).hasSize(JOBS);
        // svc-jobs publishes each job; this service keeps its snapshot: wait for all of them, so that consuming them
        // is not measured
        String ids = jobs.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
        await().atMost(Duration.ofMinutes(2)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM job_snapshots WHERE job_id = ANY (CAST(? AS uuid[]))", Integer.class, ids) == JOBS);
        report("data: %,d open jobs imported into svc-jobs and their snapshots here in %.1f s", JOBS, (System.nanoTime() - start) / 1e9);
        int standInCalls = JobsStandIn.server().getAllServeEvents().size();
        URI uri = URI.create("http://localhost:" + port + "/candidates/applications");
        int before = jdbc.queryForObject("SELECT count(*) FROM applications", Integer.class);

        List<List<String>> tokens = tokensByClient();
        long[] warmUp = run(APPLY_WARM_UP, CLIENTS, applies(uri, jobs, tokens, 0));
        Map<Integer, Integer> warmUpOther = takeOtherAnswers();
        int refused = warmUpOther.values().stream().mapToInt(Integer::intValue).sum();
        report("apply: warm-up, %d clients for %d s: %,d requests; other answers by status: %s", CLIENTS, APPLY_WARM_UP.toSeconds(),
                warmUp.length, warmUpOther);
        double[] readsBefore = JobsServiceProcess.shared().jobReads();
        long[] single = run(Duration.ofSeconds(10), 1, applies(uri, jobs, tokens, 1));
        double[] readsSingle = JobsServiceProcess.shared().jobReads();
        Map<Integer, Integer> singleOther = takeOtherAnswers();
        refused += singleOther.values().stream().mapToInt(Integer::intValue).sum();
        report("apply: 1 client for 10 s: %,d requests, p50 %.1f ms, p95 %.1f ms; other answers by status: %s", single.length,
                ms(single, 0.50), ms(single, 0.95), singleOther);
        long[] latencies = run(MEASURE, CLIENTS, applies(uri, jobs, tokens, 2));
        Map<Integer, Integer> other = Map.copyOf(OTHER_ANSWERS);
        refused += other.values().stream().mapToInt(Integer::intValue).sum();
        reportLatencies("apply", latencies, MEASURE, "target p95 <= 50 ms");
        double[] readsAfter = JobsServiceProcess.shared().jobReads();
        report("svc-jobs' GET /jobs/{jobId}, its own mean time: %.1f ms with 1 client, %.1f ms with %d",
                meanMillis(readsBefore, readsSingle), meanMillis(readsSingle, readsAfter), CLIENTS);

        // every 201 stored exactly one application; every other answer stored none
        int after = jdbc.queryForObject("SELECT count(*) FROM applications", Integer.class);
        assertThat(after - before).isEqualTo(warmUp.length + single.length + latencies.length - refused);
        // every job was checked by the real svc-jobs, none by the stand-in
        assertThat(JobsStandIn.server().getAllServeEvents()).hasSize(standInCalls);
    }

    private static double meanMillis(double[] before, double[] after) {
        return (after[1] - before[1]) * 1000 / Math.max(1, after[0] - before[0]);
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
