package com.excelmedical.staffing.platform.test.sweep;

import com.excelmedical.staffing.platform.test.TestTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sends every operation of the service's own served OpenAPI document bad input ({@link BadInputs}) over
 * real HTTP, with a valid token of each role the operation needs, and asserts: never a 5xx, no 409 on a
 * read (a value the database cannot hold is a 400), every 4xx problem details, nothing stored (compared before and after each request). A service runs it from one test method of its integration tests
 * (the application on a real port):
 * <pre>{@code
 * @Test
 * void badInputSweep() {
 *     BadInputSweep.against(port).stored(() -> jdbc.queryForList("select count(*) from jobs")).run();
 * }
 * }</pre>
 * Bounded: at most {@link #requestsPerOperation(int)} requests an operation (40 by default).
 */
public final class BadInputSweep {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> validBodies = new java.util.HashMap<>();
    private final Map<String, String> tokens = new java.util.HashMap<>();
    private Function<String, String> tokenFor = role -> TestTokens.shared().withRoles(role);
    private Supplier<Object> stored = () -> null;
    private int requestsPerOperation = 40;

    private BadInputSweep(String base) {
        this.base = base;
    }

    /** The service listening on this local port. */
    public static BadInputSweep against(int port) {
        return new BadInputSweep("http://127.0.0.1:" + port);
    }

    /** What a refused request must not change, for example the row counts of the service's tables. */
    public BadInputSweep stored(Supplier<Object> stored) {
        this.stored = stored;
        return this;
    }

    /** A valid access token of a user with the role (default: {@code TestTokens}); asked once per role. */
    public BadInputSweep tokens(Function<String, String> tokenFor) {
        this.tokenFor = tokenFor;
        return this;
    }

    /** A valid body for the operation ({@code "POST /jobs"}), so each broken field reaches deep code; else made from the schema. */
    public BadInputSweep validBody(String operation, String json) {
        validBodies.put(operation, json);
        return this;
    }

    public BadInputSweep requestsPerOperation(int cap) {
        this.requestsPerOperation = cap;
        return this;
    }

    /** Sends the sweep and fails with every distinct finding. */
    public void run() throws Exception {
        List<SweepFinding> findings = findings();
        assertThat(distinct(findings)).as("bad requests answered wrongly").isEmpty();
    }

    /** Sends the sweep and returns what was answered wrongly. */
    public List<SweepFinding> findings() throws Exception {
        JsonNode document = JSON.readTree(send("GET", "/v3/api-docs", "", null, null, null).body());
        BadInputs inputs = new BadInputs(new Schemas(document));
        for (var path : document.path("paths").properties()) {
            for (var entry : path.getValue().properties()) {
                List<String> roles = roles(entry.getValue());
                if (roles != null) {
                    roles.forEach(role -> tokens.computeIfAbsent(role, tokenFor));
                }
            }
        }
        List<SweepFinding> findings = new ArrayList<>();
        int operations = 0;
        int requests = 0;
        long started = System.nanoTime();
        for (var path : document.path("paths").properties()) {
            for (var entry : path.getValue().properties()) {
                String method = entry.getKey().toUpperCase(Locale.ROOT);
                String operation = method + " " + path.getKey();
                String valid = validBodies.get(operation);
                List<String> roles = roles(entry.getValue());
                int i = 0;
                for (SweepRequest request : inputs.of(method, path.getKey(), entry.getValue(),
                        valid == null ? null : JSON.readTree(valid), requestsPerOperation)) {
                    String role = roles == null ? null : roles.get(i++ % roles.size());
                    Object before = stored.get();
                    HttpResponse<String> response = send(method, request.path(), request.query(), request.contentType(),
                            request.body(), role == null ? null : tokens.computeIfAbsent(role, tokenFor));
                    requests++;
                    check(operation, request, response).ifPresent(findings::add);
                    Object after = stored.get();
                    if (!Objects.equals(before, after)) {
                        findings.add(new SweepFinding(operation, request.input(), response.statusCode(),
                                "stored: " + before + " -> " + after));
                    }
                }
                operations++;
            }
        }
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        System.out.printf("Bad-input sweep: %d operations, %d requests, %d ms, %d findings%n", operations, requests,
                millis, findings.size());
        findings.forEach(finding -> System.out.println("  " + finding));
        assertThat(operations).as("operations in the served document").isPositive();
        return findings;
    }

    private static java.util.Optional<SweepFinding> check(String operation, SweepRequest request, HttpResponse<String> response) {
        int status = response.statusCode();
        String type = response.headers().firstValue("Content-Type").orElse("(none)");
        if (status >= 500) {
            return java.util.Optional.of(new SweepFinding(operation, request.input(), status, "server error"));
        }
        if (status == 409 && ("GET".equals(request.method()) || "HEAD".equals(request.method()))) {
            return java.util.Optional.of(new SweepFinding(operation, request.input(), status, "a conflict on a read"));
        }
        if (status >= 400 && !type.startsWith("application/problem+json")) {
            return java.util.Optional.of(new SweepFinding(operation, request.input(), status, "not problem details: " + type));
        }
        return java.util.Optional.empty();
    }

    /** One line per operation, kind of input and answer. */
    private static Set<String> distinct(List<SweepFinding> findings) {
        Set<String> distinct = new LinkedHashSet<>();
        findings.forEach(finding -> distinct.add(finding.toString()));
        return distinct;
    }

    /** The roles of the operation's bearer requirement; null when it is public, a candidate when any user may. */
    private static List<String> roles(JsonNode operation) {
        JsonNode security = operation.path("security");
        if (!security.isArray() || security.isEmpty()) {
            return null;
        }
        List<String> roles = new ArrayList<>();
        security.get(0).properties().forEach(requirement -> requirement.getValue().forEach(role -> roles.add(role.asString())));
        return roles.isEmpty() ? List.of("candidate") : roles;
    }

    private HttpResponse<String> send(String method, String path, String query, String contentType,
                                      byte[] body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path + (query.isEmpty() ? "" : "?" + query)))
                .timeout(Duration.ofSeconds(20))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
