package com.excelmedical.staffing.jobs.importing;

import com.excelmedical.staffing.devstack.test.UseDevStack;
import com.excelmedical.staffing.jobs.masterdata.MasterData;
import com.excelmedical.staffing.jobs.search.JobSearchRequest;
import com.excelmedical.staffing.jobs.search.SearchPlans;
import com.excelmedical.staffing.platform.test.TestTokens;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

import javax.sql.DataSource;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The performance figures of svc-jobs, against the running service on its HTTP port and a real
 * PostgreSQL 17: search over 100,000 active jobs with 16 concurrent clients, and the LaborEdge import of
 * 10,000 new jobs compared with a raw JDBC batch insert of the same rows. Not part of {@code verify}:
 * run with {@code ./mvnw -B verify -pl svc-jobs/jobs-service -Pbenchmark}. Results go to standard output
 * and {@code target/benchmark-results.txt}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"jobs.events.relay-interval=1h", "jobs.views.flush-interval=1h", "logging.level.com.excelmedical=WARN"})
@ActiveProfiles("test")
@UseDevStack(postgres = "jobs_benchmark", kafka = true)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JobsBenchmark {

    private static final TestTokens TOKENS = TestTokens.shared();

    private static final int ACTIVE_JOBS = Integer.getInteger("benchmark.jobs", 100_000);
    private static final int IMPORTED_JOBS = Integer.getInteger("benchmark.importJobs", 10_000);
    private static final int CLIENTS = Integer.getInteger("benchmark.clients", 16);
    private static final Duration WARM_UP = Duration.ofSeconds(Integer.getInteger("benchmark.warmUpSeconds", 10));
    private static final Duration MEASURE = Duration.ofSeconds(Integer.getInteger("benchmark.seconds", 30));
    private static final List<String> RESULTS = new ArrayList<>();

    /** Text query plus two filters, as a candidate would search. */
    private static final String[][] SEARCHES = {
            {"icu nurse", "state=TX", "jobType=travel"}, {"emergency room", "state=CA", "jobType=travel"},
            {"night shift", "state=FL", "jobType=travel"}, {"labor delivery", "state=NY", "shift=day"},
            {"operating room", "state=TX", "minWeeklyPay=2500"}, {"ct technologist", "state=CA", "jobType=local"},
            {"telemetry", "state=PA", "jobType=travel"}, {"physical therapist", "state=OH", "jobType=perm"},
            {"\"medical center\" icu", "state=IL", "jobType=travel"}, {"respiratory", "state=WA", "minWeeklyPay=2000"},
            {"nicu", "state=GA", "jobType=travel"}, {"cath lab", "state=NC", "shift=day"}};

    @Autowired
    MasterData masterData;
    @Autowired
    JobImporter importer;
    @Autowired
    FeedRows rows;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    JsonMapper json;
    @Autowired
    ApplicationContext context;
    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void tokens(DynamicPropertyRegistry registry) {
        registry.add("staffing.security.jwk-set-uri", TOKENS::jwkSetUri);
    }

    @Test
    @Order(1)
    void loadActiveJobs() {
        FeedGenerator generator = generator();
        long start = System.nanoTime();
        for (int chunk = 0; chunk < ACTIVE_JOBS; chunk += 20_000) {
            List<FeedJob> jobs = generator.jobs(Math.min(20_000, ACTIVE_JOBS - chunk), "base" + chunk, chunk);
            importer.importJobs(jobs, false, "upload", null);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        jdbc.update("update jobs set pending_event = null where pending_event is not null");
        jdbc.execute("vacuum analyze jobs");
        int active = jdbc.queryForObject("select count(*) from jobs where status = 'active'", Integer.class);
        report("data: %,d active jobs loaded through the importer in %.1f s", active, seconds);
        assertThat(active).isGreaterThanOrEqualTo(ACTIVE_JOBS);
    }

    @Test
    @Order(2)
    void searchWithTextAndTwoFiltersAt16Clients() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        List<URI> uris = Arrays.stream(SEARCHES).map(this::uri).toList();
        for (URI uri : uris) {
            assertThat(http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        }
        run(uris, WARM_UP, CLIENTS);
        long[] single = run(uris, Duration.ofSeconds(10), 1);
        Arrays.sort(single);
        report("search: 1 client for 10 s (service time of one request): %,d requests, p50 %.1f ms, p95 %.1f ms",
                single.length, ms(single, 0.50), ms(single, 0.95));
        long[] latencies = run(uris, MEASURE, CLIENTS);
        Arrays.sort(latencies);
        report("search: %d clients, closed loop, %d s after %d s warm-up: %,d requests, %.0f req/s",
                CLIENTS, MEASURE.toSeconds(), WARM_UP.toSeconds(), latencies.length, latencies.length / (double) MEASURE.toSeconds());
        report("search latency ms: p50 %.1f, p95 %.1f, p99 %.1f, max %.1f (target p95 <= 50)", ms(latencies, 0.50),
                ms(latencies, 0.95), ms(latencies, 0.99), latencies[latencies.length - 1] / 1e6);
        wrk(uris);
        List<String> plan = SearchPlans.explain(context, new JobSearchRequest("icu nurse", null, null, "TX", null, "travel", null,
                null, null, null, null, "relevance", 0, 20, null, null));
        report("EXPLAIN ANALYZE of q='icu nurse' state=TX jobType=travel (facets+total, then the page):");
        plan.forEach(line -> report("    %s", line));
    }

    @Test
    @Order(3)
    void importOfNewJobsAgainstARawBatchInsertAndAnUnchangedReimport() throws Exception {
        List<FeedJob> feed = generator().jobs(IMPORTED_JOBS, "new" + UUID.randomUUID().toString().substring(0, 8), 42);
        List<ImportRow> mapped = feed.stream().map(job -> ((FeedRows.Accepted) rows.read(job)).row()).toList();

        long rawStart = System.nanoTime();
        rawInsert(mapped);
        double raw = (System.nanoTime() - rawStart) / 1e9;
        jdbc.update("delete from jobs where external_id like 'raw-%'");

        long importStart = System.nanoTime();
        ImportReport first = importer.importJobs(feed, false, "upload", null);
        double imported = (System.nanoTime() - importStart) / 1e9;
        assertThat(first.created()).isEqualTo(IMPORTED_JOBS);

        long versionsBefore = jdbc.queryForObject("select sum(version) from jobs", Long.class);
        long reimportStart = System.nanoTime();
        ImportReport second = importer.importJobs(feed, false, "upload", null);
        double reimported = (System.nanoTime() - reimportStart) / 1e9;
        assertThat(second.unchanged()).isEqualTo(IMPORTED_JOBS);
        assertThat(second.created() + second.updated() + second.closed()).isZero();
        assertThat(jdbc.queryForObject("select sum(version) from jobs", Long.class)).isEqualTo(versionsBefore);

        String body = json.writeValueAsString(Map.of("fullFeed", false,
                "jobs", generator().jobs(IMPORTED_JOBS, "http" + UUID.randomUUID().toString().substring(0, 8), 7)));
        HttpClient http = HttpClient.newHttpClient();
        long httpStart = System.nanoTime();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/jobs/imports"))
                .header("Authorization", "Bearer " + TOKENS.forUser(UUID.randomUUID(), "admin"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        double overHttp = (System.nanoTime() - httpStart) / 1e9;
        assertThat(response.statusCode()).isEqualTo(201);

        long relayStart = System.nanoTime();
        int events = context.getBean(PendingEventRelay.class).publishPending();
        double relay = (System.nanoTime() - relayStart) / 1e9;

        report("import: raw JDBC batch insert of the same %,d rows (jobs, certifications, rates): %.2f s = %,.0f rows/s",
                IMPORTED_JOBS, raw, IMPORTED_JOBS / raw);
        report("import: %,d new jobs through the importer: %.2f s = %,.0f jobs/s = %.0f%% of the raw rate (targets >= 5,000/s, >= 25%%)",
                IMPORTED_JOBS, imported, IMPORTED_JOBS / imported, 100 * raw / imported);
        report("import: unchanged re-import: %.2f s = %.0f%% of the first import (target < 33%%), rows written: 0",
                reimported, 100 * reimported / imported);
        report("import: %,d new jobs through POST /jobs/imports (%.1f MB JSON): %.2f s = %,.0f jobs/s", IMPORTED_JOBS,
                body.length() / 1e6, overHttp, IMPORTED_JOBS / overHttp);
        report("events: relay recorded %,d pending job events in the outbox in %.2f s = %,.0f events/s (Kafka delivery follows)",
                events, relay, events / relay);
        Files.write(Path.of("target", "benchmark-results.txt"), RESULTS);
    }

    /**
     * The same searches driven by {@code wrk} (16 connections in a closed loop, 2 threads), when it is
     * installed ({@code apt-get install wrk}): a load driver in C that takes far less CPU than the Java one.
     */
    private void wrk(List<URI> uris) throws Exception {
        Path script = Path.of("target", "search.lua");
        StringBuilder lua = new StringBuilder("local paths = {\n");
        uris.forEach(uri -> lua.append("  \"").append(uri.getRawPath()).append('?').append(uri.getRawQuery()).append("\",\n"));
        lua.append("""
                }
                request = function()
                  return wrk.format("GET", paths[math.random(#paths)])
                end
                done = function(summary, latency, requests)
                  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout
                  io.write(string.format("WRK %d %d %.2f %.2f %.2f %.2f\\n", summary.requests, errors, summary.duration / 1e6,
                    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
                end
                """);
        Files.writeString(script, lua);
        Process process;
        try {
            process = new ProcessBuilder("wrk", "-t2", "-c" + CLIENTS, "-d" + MEASURE.toSeconds() + "s", "-s", script.toString(),
                    "http://localhost:" + port).redirectErrorStream(true).start();
        } catch (java.io.IOException notInstalled) {
            report("search with wrk: not run (wrk is not installed)");
            return;
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        String line = output.lines().filter(l -> l.startsWith("WRK ")).findFirst().orElse(null);
        if (line == null) {
            report("search with wrk: no result: %s", output);
            return;
        }
        String[] v = line.split(" ");
        report("search with wrk: %d connections, %s s: %s requests (%s errors), %.0f req/s, p50 %s ms, p95 %s ms, p99 %s ms",
                CLIENTS, MEASURE.toSeconds(), v[1], v[2], Long.parseLong(v[1]) / Double.parseDouble(v[3]), v[4], v[5], v[6]);
    }

    private void rawInsert(List<ImportRow> mapped) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement jobs = connection.prepareStatement("insert into jobs (id, " + ImportColumns.NAMES
                    + ", created_at, updated_at) values (?" + ", ?".repeat(ImportColumns.JOB.size()) + ", now(), now())");
                 PreparedStatement certifications = connection.prepareStatement(
                         "insert into job_required_certifications (job_id, certification, for_onboarding, for_submittal) values (?, ?, ?, ?)");
                 PreparedStatement rates = connection.prepareStatement("insert into job_rates (job_id, bill_rate_code, rate) values (?, ?, ?)")) {
                int n = 0;
                for (ImportRow row : mapped) {
                    UUID id = UUID.randomUUID();
                    jobs.setObject(1, id);
                    int i = 2;
                    for (ImportColumns.Column column : ImportColumns.JOB) {
                        jobs.setObject(i++, column.value(row), column.sqlType());
                    }
                    jobs.setString(2, "raw-" + row.externalId());
                    jobs.addBatch();
                    for (var c : row.certifications()) {
                        certifications.setObject(1, id);
                        certifications.setString(2, c.certification());
                        certifications.setBoolean(3, c.forOnboarding());
                        certifications.setBoolean(4, c.forSubmittal());
                        certifications.addBatch();
                    }
                    for (var r : row.rates()) {
                        rates.setObject(1, id);
                        rates.setString(2, r.code());
                        rates.setBigDecimal(3, r.rate());
                        rates.addBatch();
                    }
                    if (++n % ImportWriter.BATCH == 0) {
                        jobs.executeBatch();
                        certifications.executeBatch();
                        rates.executeBatch();
                    }
                }
                jobs.executeBatch();
                certifications.executeBatch();
                rates.executeBatch();
            }
            connection.commit();
        }
    }

    private long[] run(List<URI> uris, Duration duration, int clients) throws InterruptedException {
        List<long[]> perClient = new ArrayList<>();
        int[] counts = new int[clients];
        long end = System.nanoTime() + duration.toNanos();
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            long[] latencies = new long[2_000_000 / clients];
            perClient.add(latencies);
            int client = c;
            Thread.ofPlatform().start(() -> {
                try {
                    while (System.nanoTime() < end && counts[client] < latencies.length) {
                        URI uri = uris.get(ThreadLocalRandom.current().nextInt(uris.size()));
                        long start = System.nanoTime();
                        // a blocking keep-alive connection per client thread: the lightest possible driver
                        HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
                        int code = connection.getResponseCode();
                        try (InputStream body = connection.getInputStream()) {
                            body.transferTo(OutputStream.nullOutputStream());
                        }
                        latencies[counts[client]++] = System.nanoTime() - start;
                        if (code != 200) {
                            throw new IllegalStateException("search answered " + code);
                        }
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(perClient.get(c), 0, all, at, counts[c]);
            at += counts[c];
        }
        return all;
    }

    private URI uri(String[] search) {
        StringBuilder query = new StringBuilder("q=").append(URLEncoder.encode(search[0], StandardCharsets.UTF_8));
        for (int i = 1; i < search.length; i++) {
            query.append('&').append(search[i]);
        }
        return URI.create("http://localhost:" + port + "/jobs?" + query);
    }

    private FeedGenerator generator() {
        return new FeedGenerator(masterData.specialties(), masterData.cities(), masterData.professions(), LocalDate.now());
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    private static void report(String format, Object... args) {
        String line = String.format(format, args);
        System.out.println("[benchmark] " + line);
        RESULTS.add(line);
    }
}
