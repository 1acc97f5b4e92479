package com.excelmedical.staffing.candidates.benchmark;

import com.excelmedical.staffing.devstack.DatabaseLogin;
import com.excelmedical.staffing.devstack.DevStack;
import com.excelmedical.staffing.devstack.PostgresServer;
import com.excelmedical.staffing.platform.test.TestTokens;
import org.awaitility.Awaitility;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The real svc-jobs for the apply benchmark: its built jar started as a process of its own, against a database of its own
 * on the devstack's PostgreSQL ({@code jobs_benchmark}) and the devstack's broker, trusting the test tokens, configured
 * only through the environment variables its README documents, with its production settings otherwise. It shares the
 * two cores with everything else, as the stand-in did. Started once per JVM, stopped at its exit.
 */
final class JobsServiceProcess {

    /** Where the reactor puts svc-jobs' jar, seen from this module's directory (Failsafe's working directory). */
    private static final Path TARGET = Path.of("..", "..", "svc-jobs", "jobs-service", "target");
    private static final String DATABASE = "jobs_benchmark";
    private static final Duration READY_WITHIN = Duration.ofSeconds(180);

    private static JobsServiceProcess shared;

    private final Process process;
    private final String url;

    private JobsServiceProcess(Process process, String url) {
        this.process = process;
        this.url = url;
    }

    static synchronized JobsServiceProcess shared() {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "jobs-service-stop"));
        }
        return shared;
    }

    String url() {
        return url;
    }

    /**
     * svc-jobs' own count and total seconds of {@code GET /jobs/{jobId}} so far ({@code http_server_requests_seconds} in
     * its Prometheus scrape), to tell its share of an apply from the rest.
     */
    double[] jobReads() throws IOException, InterruptedException {
        HttpResponse<Stream<String>> scrape = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url + "/actuator/prometheus")).build(), HttpResponse.BodyHandlers.ofLines());
        double[] countAndSeconds = new double[2];
        scrape.body().filter(line -> line.contains("method=\"GET\"") && line.contains("uri=\"/jobs/{jobId"))
                .forEach(line -> {
                    double value = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                    if (line.startsWith("http_server_requests_seconds_count{")) {
                        countAndSeconds[0] += value;
                    } else if (line.startsWith("http_server_requests_seconds_sum{")) {
                        countAndSeconds[1] += value;
                    }
                });
        return countAndSeconds;
    }

    /** The ids of the active jobs whose external id starts with the prefix, read from svc-jobs' database. */
    static List<UUID> activeJobIds(String externalIdPrefix) throws SQLException {
        PostgresServer postgres = DevStack.shared().postgres();
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(DATABASE), postgres.username(), postgres.password());
             PreparedStatement query = connection.prepareStatement(
                     "SELECT id FROM jobs WHERE status = 'active' AND external_id LIKE ? ORDER BY external_id")) {
            query.setString(1, externalIdPrefix + "%");
            List<UUID> ids = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getObject(1, UUID.class));
                }
            }
            return ids;
        }
    }

    private static JobsServiceProcess start() {
        Path jar = jar();
        DevStack stack = DevStack.shared();
        DatabaseLogin database = stack.postgres().login(DATABASE);
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xms512m", "-Xmx512m", "-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(Path.of("target", "jobs-service-benchmark.log").toFile());
        builder.environment().putAll(Map.of(
                "PORT", String.valueOf(port),
                "JOBS_DB_URL", database.jdbcUrl(),
                "JOBS_DB_USER", database.username(),
                "JOBS_DB_PASSWORD", database.password(),
                "KAFKA_BOOTSTRAP_SERVERS", stack.kafka().bootstrapServers(),
                "IDENTITY_JWKS_URI", TestTokens.shared().jwkSetUri(),
                "IDENTITY_ISSUER", TestTokens.ISSUER));
        try {
            JobsServiceProcess started = new JobsServiceProcess(builder.start(), "http://127.0.0.1:" + port);
            started.awaitReady();
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start svc-jobs from " + jar, e);
        }
    }

    private static Path jar() {
        try (Stream<Path> files = Files.list(TARGET)) {
            return files.filter(file -> file.getFileName().toString().matches("jobs-service-.*\\.jar"))
                    .filter(file -> !file.getFileName().toString().endsWith("-plain.jar"))
                    .findFirst()
                    .orElseThrow();
        } catch (IOException | NoSuchElementException e) {
            throw new IllegalStateException("svc-jobs' jar is not built in " + TARGET.toAbsolutePath().normalize()
                    + ": run the benchmark with -pl svc-jobs/jobs-service,svc-candidates/candidates-service -am", e);
        }
    }

    private void awaitReady() {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest readiness = HttpRequest.newBuilder(URI.create(url + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(2)).build();
        try {
            Awaitility.await("svc-jobs ready (see target/jobs-service-benchmark.log)").atMost(READY_WITHIN)
                    .pollInterval(Duration.ofMillis(250)).ignoreExceptionsInstanceOf(IOException.class)
                    .until(() -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException("svc-jobs exited with " + process.exitValue()
                                    + "; see target/jobs-service-benchmark.log");
                        }
                        return client.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                    });
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
    }

    private void stop() {
        process.destroy();
        process.onExit().completeOnTimeout(process, 20, TimeUnit.SECONDS).join();
        process.destroyForcibly();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
