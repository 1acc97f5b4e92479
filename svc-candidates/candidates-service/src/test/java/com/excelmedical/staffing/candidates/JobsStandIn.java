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
import java.time.LocalDate;
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
     * A new active job of specialty {@code specialtyCode} (its profession as the reference data gives it) in
     * {@code stateCode}, running {@code start} to {@code end} (null for an open-ended job).
     */
    public static UUID activeJob(String stateCode, String specialtyCode, LocalDate start, LocalDate end) {
        UUID id = UUID.randomUUID();
        SERVER.stubFor(get(urlEqualTo("/jobs/" + id)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(body(id.toString(), specialtyCode + " job " + id.toString().substring(0, 6), "active", stateCode, specialtyCode,
                        start, end))));
        return id;
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

    /** An ICU RN job in Austin, TX, starting in 30 days for 13 weeks. */
    static String body(UUID id, String title, String status) {
        return body(id.toString(), title, status);
    }

    private static String body(String id, String title, String status) {
        LocalDate start = LocalDate.now().plusDays(30);
        return body(id, title, status, "TX", "ICU", start, start.plusWeeks(13));
    }

    static String body(String id, String title, String status, String stateCode, String specialtyCode, LocalDate start, LocalDate end) {
        return """
                {"id": "%s", "title": "%s", "facilityName": "Mercy General", "cityName": "Austin", "stateCode": "%s",
                 "status": "%s", "weeklyPay": "2500.00", "currency": "USD", "openings": 2, "updatedAt": "%s",
                 "professionId": "%s", "specialtyId": "%s", "specialtyName": "%s", "jobType": "travel", "shift": "night",
                 "startDate": "%s", "endDate": %s}
                """.formatted(id, title, stateCode, status, Instant.now(), ReferenceStandIn.professionId(
                        ReferenceStandIn.professionOf(specialtyCode)), ReferenceStandIn.specialtyId(specialtyCode), specialtyCode,
                start, end == null ? "null" : "\"" + end + "\"");
    }
}
