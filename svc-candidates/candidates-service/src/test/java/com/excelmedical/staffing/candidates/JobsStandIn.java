package com.excelmedical.staffing.candidates;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * svc-jobs' {@code GET /jobs/{jobId}} played by a real HTTP server (WireMock), one per test JVM: jobs a
 * test makes active answer 200, any other 404 (as svc-jobs answers an anonymous caller for a job that is
 * not active); a job can also be made slow or failing.
 */
public final class JobsStandIn {

    private static final WireMockServer SERVER = start();

    private JobsStandIn() {
    }

    private static WireMockServer start() {
        WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort().containerThreads(40).jettyAcceptors(2));
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        ReferenceStandIn.stub(server);
        warmUp(server);
        return server;
    }

    /** A cold server answers its first requests slowly; tests time the client, not the stand-in's start. */
    private static void warmUp(WireMockServer server) {
        try (HttpClient client = HttpClient.newHttpClient()) {
            for (int i = 0; i < 20; i++) {
                client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/jobs/" + UUID.randomUUID())).build(),
                        HttpResponse.BodyHandlers.discarding());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        server.resetRequests();
    }

    public static String url() {
        return "http://localhost:" + SERVER.port();
    }

    public static WireMockServer server() {
        return SERVER;
    }

    /** A new active job svc-jobs answers for; returns its id. */
    public static UUID activeJob() {
        UUID id = UUID.randomUUID();
        activeJob(id, "ICU RN " + id.toString().substring(0, 6));
        return id;
    }

    public static void activeJob(UUID id, String title) {
        SERVER.stubFor(get(urlEqualTo("/jobs/" + id)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(body(id, title, "active"))));
    }

    /**
     * Every job svc-jobs is asked about is active, answered with the id asked for: one stub for any number of
     * jobs. WireMock tries its stubs one after the other, so a stub per job would cost the stand-in a
     * comparison per job on every request, CPU that svc-jobs' own look-up by key does not spend.
     */
    public static void everyJobActive(String title) {
        SERVER.stubFor(get(urlPathMatching("/jobs/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")).atPriority(10)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(body("{{request.pathSegments.[1]}}", title, "active")).withTransformers("response-template")));
    }

    /** Answers after {@code millis}: longer than the client's time limit makes svc-jobs "slow". */
    public static void slowJob(UUID id, int millis) {
        SERVER.stubFor(get(urlEqualTo("/jobs/" + id)).willReturn(aResponse().withStatus(200).withFixedDelay(millis)
                .withHeader("Content-Type", "application/json").withBody(body(id, "Slow RN", "active"))));
    }

    /** The connection is reset: svc-jobs is "down". */
    public static void downJob(UUID id) {
        SERVER.stubFor(get(urlEqualTo("/jobs/" + id)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    }

    public static void failingJob(UUID id, int status) {
        SERVER.stubFor(get(urlEqualTo("/jobs/" + id)).willReturn(aResponse().withStatus(status)));
    }

    static String body(UUID id, String title, String status) {
        return body(id.toString(), title, status);
    }

    private static String body(String id, String title, String status) {
        return """
                {"id": "%s", "title": "%s", "facilityName": "Mercy General", "cityName": "Austin", "stateCode": "TX",
                 "status": "%s", "weeklyPay": "2500.00", "openings": 2, "updatedAt": "%s"}
                """.formatted(id, title, status, Instant.now());
    }
}
