package com.excelmedical.staffing.local.demo;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

/** Calls the platform's public API at the gateway, JSON in and out; the only way demo data and the end-to-end test reach it. */
public final class GatewayClient implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final int UNAVAILABLE_ATTEMPTS = 6;
    private static final Duration UNAVAILABLE_PAUSE = Duration.ofSeconds(2);

    private final URI gateway;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public GatewayClient(URI gateway) {
        this.gateway = gateway;
    }

    /** An answer: its status and JSON body ({@code null} when empty or not JSON). */
    public record Answer(int status, JsonNode body, String text) {
        public Answer requireStatus(int... expected) {
            for (int each : expected) {
                if (status == each) {
                    return this;
                }
            }
            throw new IllegalStateException("gateway answered " + status + ": " + text);
        }
    }

    public Answer get(String path, String token) {
        return send(request(path, token).GET());
    }

    public Answer post(String path, Object body, String token) {
        return send(request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    /** Signs in ({@code POST /api/identity/token}) and returns the access token. */
    public String signIn(String email, String password) {
        return post("/api/identity/token", Map.of("email", email, "password", password), null)
                .requireStatus(200).body().path("access_token").asString();
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(gateway.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    /**
     * Sends, and sends again while the gateway answers 503: the first calls after a start reach services
     * whose code is still cold, and may pass the gateway's timeout. A repeated write is safe for the callers:
     * they take 409 (already there) as success, and an import of the same rows changes nothing.
     */
    private Answer send(HttpRequest.Builder request) {
        Answer answer = sendOnce(request);
        for (int attempt = 1; answer.status() == 503 && attempt < UNAVAILABLE_ATTEMPTS; attempt++) {
            LockSupport.parkNanos(UNAVAILABLE_PAUSE.toNanos());
            answer = sendOnce(request);
        }
        return answer;
    }

    private Answer sendOnce(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String text = response.body();
            JsonNode body = null;
            if (text != null && !text.isBlank() && response.headers().firstValue("Content-Type").orElse("").contains("json")) {
                body = JSON.readTree(text);
            }
            return new Answer(response.statusCode(), body, text);
        } catch (IOException e) {
            throw new UncheckedIOException("the gateway did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @Override
    public void close() {
        http.close();
    }
}
