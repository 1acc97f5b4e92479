package com.excelmedical.staffing.candidates.benchmark;

import com.excelmedical.staffing.devstack.test.UseDevStack;
import com.excelmedical.staffing.platform.test.TestTokens;
import com.excelmedical.staffing.platform.test.load.LoadConnection;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.function.IntFunction;

/**
 * What the benchmarks share: the service on a random port against embedded PostgreSQL 17 and Kafka
 * (a database of its own), production's time limits and outbox resubmission, svc-jobs as each benchmark says
 ({@link StandInJobsBenchmark} or the real one), a closed-loop
 * driver of blocking keep-alive HTTP/1.1 connections ({@link LoadConnection}: one write per request, no Nagle delay), and the report ({@code target/benchmark-results.txt}). Each
 * benchmark class carries {@link OnlyInBenchmarkProfile} (JUnit's conditions are not inherited).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"logging.level.com.excelmedical=WARN", "logging.level.org.springframework.kafka=ERROR",
                "spring.cloud.openfeign.client.config.jobs.read-timeout=450",
                "spring.cloud.openfeign.client.config.jobs.connect-timeout=200",
                // production's outbox resubmission, not the test profile's 1 s (which sends again every event whose
                // send has not completed within a second: under load, most of them)
                "staffing.events.resubmit-interval=30s", "staffing.events.resubmit-min-age=30s"})
@ActiveProfiles("test")
@UseDevStack(postgres = "candidates_benchmark", kafka = true)
abstract class BenchmarkSupport {

    static final TestTokens TOKENS = TestTokens.shared();
    static final int CLIENTS = Integer.getInteger("benchmark.clients", 16);
    static final Duration WARM_UP = Duration.ofSeconds(Integer.getInteger("benchmark.warmUpSeconds", 10));
    static final Duration MEASURE = Duration.ofSeconds(Integer.getInteger("benchmark.seconds", 30));
    /** Answers other than the expected one, by status, since the last {@link #takeOtherAnswers()}. */
    static final Map<Integer, Integer> OTHER_ANSWERS = new ConcurrentHashMap<>();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("staffing.security.jwk-set-uri", TOKENS::jwkSetUri);
    }

    /** One request of a client: the n-th request of client c. */
    record Call(URI uri, String method, String token, String body, int expected) {
    }

    /** Runs the calls in a closed loop for the duration; returns the latencies in nanoseconds, sorted. */
    static long[] run(Duration duration, int clients, ClientCalls calls) throws InterruptedException {
        List<long[]> perClient = new ArrayList<>();
        int[] counts = new int[clients];
        long end = System.nanoTime() + duration.toNanos();
        CountDownLatch done = new CountDownLatch(clients);
        List<Throwable> failures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            long[] latencies = new long[1_000_000 / clients];
            perClient.add(latencies);
            int client = c;
            IntFunction<Call> next = calls.of(client);
            URI base = next.apply(0).uri();
            Thread.ofPlatform().start(() -> {
                try (LoadConnection connection = new LoadConnection(base)) {
                    while (System.nanoTime() < end && counts[client] < latencies.length) {
                        Call call = next.apply(counts[client]);
                        long start = System.nanoTime();
                        int code = connection.send(call.method(), call.uri().getRawPath()
                                + (call.uri().getRawQuery() == null ? "" : "?" + call.uri().getRawQuery()), call.token(), call.body());
                        latencies[counts[client]++] = System.nanoTime() - start;
                        if (code != call.expected()) {
                            // an overloaded machine may make svc-jobs' stand-in miss the time limit: 503, counted
                            OTHER_ANSWERS.merge(code, 1, Integer::sum);
                        }
                    }
                } catch (Exception | AssertionError e) {
                    synchronized (failures) {
                        failures.add(e);
                    }
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        if (!failures.isEmpty()) {
            throw new IllegalStateException(failures.size() + " clients failed", failures.getFirst());
        }
        long[] all = new long[Arrays.stream(counts).sum()];
        int at = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(perClient.get(c), 0, all, at, counts[c]);
            at += counts[c];
        }
        Arrays.sort(all);
        return all;
    }

    interface ClientCalls {
        IntFunction<Call> of(int client);
    }

    static Map<Integer, Integer> takeOtherAnswers() {
        Map<Integer, Integer> taken = new TreeMap<>(OTHER_ANSWERS);
        OTHER_ANSWERS.clear();
        return taken;
    }

    static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    static void reportLatencies(String what, long[] sorted, Duration measured, String target) {
        report("%s: %d clients, closed loop, %d s: %,d requests, %.0f req/s", what, CLIENTS, measured.toSeconds(), sorted.length,
                sorted.length / (double) measured.toSeconds());
        report("%s latency ms: p50 %.1f, p95 %.1f, p99 %.1f, max %.1f (%s); other answers by status: %s", what,
                ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99), sorted[sorted.length - 1] / 1e6, target, takeOtherAnswers());
    }

    /**
     * {@code VACUUM ANALYZE} of the tables a benchmark loaded, once their commits' WAL is flushed ({@code CHECKPOINT}).
     * The devstack's PostgreSQL commits asynchronously ({@code synchronous_commit = off}); until a commit's WAL is
     * flushed, VACUUM may not mark its rows committed, so it leaves every freshly loaded page not all-visible and the
     * planner prices each index-only scan as a heap read. A deployed database flushes every commit, and autovacuum
     * marks quiet pages all-visible. Reports how many pages are all-visible afterwards.
     */
    static void settle(JdbcTemplate jdbc, String... tables) {
        jdbc.execute("CHECKPOINT");
        for (String table : tables) {
            jdbc.execute("VACUUM ANALYZE " + table);
        }
        report("pages all-visible after VACUUM: %s", jdbc.queryForList("SELECT relname, relpages, relallvisible FROM pg_class"
                + " WHERE relname::text = ANY (?) ORDER BY relname", new Object[] {tables}).stream()
                .map(row -> row.get("relname") + " " + row.get("relallvisible") + "/" + row.get("relpages")).toList());
    }

    static void machine() {
        report("machine: %d cores, load average %.2f at the start", Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    static void report(String format, Object... args) {
        String line = String.format(format, args);
        System.out.println("[benchmark] " + line);
        try {
            Files.writeString(Path.of("target", "benchmark-results.txt"), line + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
