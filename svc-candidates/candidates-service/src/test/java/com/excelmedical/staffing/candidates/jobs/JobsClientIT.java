package com.excelmedical.staffing.candidates.jobs;

import com.excelmedical.staffing.candidates.CandidatesIT;
import com.excelmedical.staffing.candidates.JobsStandIn;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The Feign client of svc-jobs against a real HTTP server that answers, is slow, then down. */
class JobsClientIT extends CandidatesIT {

    @Autowired
    JobCatalog catalog;
    @Autowired
    JobSnapshots snapshots;
    @Value("${local.server.port}")
    int port;

    @Test
    void anUnknownJobIsNotFoundNamingTheJobId() throws Exception {
        UUID candidate = UUID.randomUUID();
        UUID job = UUID.randomUUID();

        apply(candidate, job).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.errors[0].field").value("jobId"))
                .andExpect(jsonPath("$.detail").value(containsString(job.toString())));
        assertNothingStoredFor(candidate);
    }

    @Test
    void aJobThatIsNoLongerActiveIsUnprocessable() throws Exception {
        UUID candidate = UUID.randomUUID();
        UUID job = UUID.randomUUID();
        snapshots.storeIfNewer(new JobSnapshot(job, "Closed RN", "Mercy", "Austin", "TX", JobState.CLOSED, Instant.now()));

        apply(candidate, job).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("jobId"))
                .andExpect(jsonPath("$.detail").value(containsString("closed")));
        assertNothingStoredFor(candidate);
    }

    @Test
    void aSlowJobsServiceIsA503WithRetryAfterWithinTheTimeLimit() throws Exception {
        UUID candidate = UUID.randomUUID();
        UUID job = UUID.randomUUID();
        JobsStandIn.slowJob(job, 5_000);

        long started = System.nanoTime();
        apply(candidate, job).andExpect(status().isServiceUnavailable()).andExpect(header().string("Retry-After", "2"));
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        // two attempts of the test profile's 1 s read time-out and the pause (production: 450 ms each, about 1 s)
        assertThat(took).isLessThan(Duration.ofMillis(3_500));
        assertThat(requestsFor(job)).isEqualTo(2);
        assertNothingStoredFor(candidate);
    }

    @Test
    void aDownJobsServiceOpensTheBreakerWhichAnswersAtOnceAndLaterClosesAgain() throws Exception {
        UUID down = UUID.randomUUID();
        JobsStandIn.downJob(down);
        int requests = 0;
        while (catalog.breakerState() != CircuitBreaker.State.OPEN && requests < 20) {
            apply(UUID.randomUUID(), down).andExpect(status().isServiceUnavailable()).andExpect(header().exists("Retry-After"));
            requests++;
        }
        // the window holds 20 attempts and each request makes two: open within about 20 failed calls
        assertThat(catalog.breakerState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(requests).isLessThanOrEqualTo(10);

        int attemptsSoFar = requestsFor(down);
        long started = System.nanoTime();
        apply(UUID.randomUUID(), down).andExpect(status().isServiceUnavailable());
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(500));
        assertThat(requestsFor(down)).isEqualTo(attemptsSoFar);

        await().atMost(Duration.ofSeconds(10)).until(() -> catalog.breakerState() == CircuitBreaker.State.HALF_OPEN);
        apply(UUID.randomUUID(), JobsStandIn.activeJob()).andExpect(status().isCreated());
        assertThat(catalog.breakerState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void theCallersTraceContextTravelsWithTheCall() throws Exception {
        UUID job = JobsStandIn.activeJob();
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/candidates/applications"))
                .header("Authorization", bearer(UUID.randomUUID(), "candidate"))
                .header("Content-Type", "application/json")
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .POST(HttpRequest.BodyPublishers.ofString("{\"jobId\": \"%s\"}".formatted(job))).build();

        HttpResponse<String> response;
        try (HttpClient client = HttpClient.newHttpClient()) {
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        }

        assertThat(response.statusCode()).isEqualTo(201);
        List<LoggedRequest> calls = JobsStandIn.server().findAll(getRequestedFor(urlEqualTo("/jobs/" + job)));
        assertThat(calls).singleElement().satisfies(call -> assertThat(call.getHeader("traceparent")).contains(traceId));
    }

    private ResultActions apply(UUID candidate, UUID job) throws Exception {
        return mvc.perform(post("/candidates/applications").header("Authorization", bearer(candidate, "candidate"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"jobId\": \"%s\"}".formatted(job)));
    }

    private int requestsFor(UUID job) {
        return JobsStandIn.server().countRequestsMatching(getRequestedFor(urlEqualTo("/jobs/" + job)).build()).getCount();
    }

    private void assertNothingStoredFor(UUID candidate) {
        assertThat(jdbc.queryForObject("SELECT count(*) FROM applications WHERE candidate_id = ?", Integer.class, candidate)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM idempotency_keys WHERE candidate_id = ?", Integer.class, candidate)).isZero();
    }
}
