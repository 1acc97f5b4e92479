package com.excelmedical.staffing.candidates.applications;

import com.excelmedical.staffing.candidates.JobsStandIn;
import com.excelmedical.staffing.candidates.applications.idempotency.IdempotencyKeys;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class IdempotencyIT extends ApplicationsIT {

    @Autowired
    IdempotencyKeys keys;

    @Test
    void aRetryWithTheSameKeyAndBodyGetsTheFirstAnswerAndNoSecondApplication() throws Exception {
        UUID candidate = UUID.randomUUID();
        String body = "{\"jobId\": \"%s\", \"note\": \"retry me\"}".formatted(JobsStandIn.activeJob());
        String key = UUID.randomUUID().toString();

        MockHttpServletResponse first = applyWithKey(candidate, key, body);
        MockHttpServletResponse again = applyWithKey(candidate, key, body);

        assertThat(first.getStatus()).isEqualTo(201);
        assertThat(again.getStatus()).isEqualTo(201);
        assertThat(json.readTree(again.getContentAsString())).isEqualTo(json.readTree(first.getContentAsString()));
        assertThat(again.getHeader("Location")).isEqualTo(first.getHeader("Location"));
        assertThat(count("SELECT count(*) FROM applications WHERE candidate_id = ?", candidate)).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedNamingTheHeader() throws Exception {
        UUID candidate = UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        applyWithKey(candidate, key, "{\"jobId\": \"%s\"}".formatted(JobsStandIn.activeJob()));

        mvc.perform(post(APPLICATIONS).header("Authorization", bearer(candidate, "candidate")).header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"jobId\": \"%s\"}".formatted(JobsStandIn.activeJob())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
        assertThat(count("SELECT count(*) FROM applications WHERE candidate_id = ?", candidate)).isEqualTo(1);
    }

    @Test
    void aMalformedKeyIsRefusedAndNothingIsStored() throws Exception {
        UUID candidate = UUID.randomUUID();
        mvc.perform(post(APPLICATIONS).header("Authorization", bearer(candidate, "candidate")).header("Idempotency-Key", "x".repeat(256))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"jobId\": \"%s\"}".formatted(JobsStandIn.activeJob())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
        assertThat(count("SELECT count(*) FROM applications WHERE candidate_id = ?", candidate)).isZero();
    }

    @Test
    void twoRequestsWithTheSameKeyAtTheSameMomentCreateOneApplication() throws Exception {
        UUID candidate = UUID.randomUUID();
        String body = "{\"jobId\": \"%s\"}".formatted(JobsStandIn.activeJob());
        String key = UUID.randomUUID().toString();
        CountDownLatch start = new CountDownLatch(1);
        Callable<MockHttpServletResponse> request = () -> {
            start.await();
            return applyWithKey(candidate, key, body);
        };

        List<MockHttpServletResponse> answers;
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<MockHttpServletResponse>> futures = List.of(pool.submit(request), pool.submit(request),
                    pool.submit(request), pool.submit(request));
            start.countDown();
            answers = futures.stream().map(IdempotencyIT::get).toList();
        }

        assertThat(answers).extracting(MockHttpServletResponse::getStatus).containsOnly(201);
        assertThat(answers).extracting(answer -> json.readTree(contentOf(answer)).get("id").asString()).containsOnly(
                json.readTree(contentOf(answers.getFirst())).get("id").asString());
        assertThat(count("SELECT count(*) FROM applications WHERE candidate_id = ?", candidate)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM application_status_history h JOIN applications a ON a.id = h.application_id "
                + "WHERE a.candidate_id = ?", candidate)).isEqualTo(1);
    }

    @Test
    void keysExpireAfterTheirLifetimeAndArePurged() throws Exception {
        UUID candidate = UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        applyWithKey(candidate, key, "{\"jobId\": \"%s\"}".formatted(JobsStandIn.activeJob()));
        jdbc.update("UPDATE idempotency_keys SET created_at = now() - interval '25 hours' WHERE candidate_id = ?", candidate);

        // expired: the key is free again, so another request under it is a new request (here a new application)
        assertThat(applyWithKey(candidate, key, "{\"jobId\": \"%s\"}".formatted(JobsStandIn.activeJob())).getStatus()).isEqualTo(201);
        assertThat(count("SELECT count(*) FROM applications WHERE candidate_id = ?", candidate)).isEqualTo(2);

        jdbc.update("UPDATE idempotency_keys SET created_at = now() - interval '25 hours' WHERE candidate_id = ?", candidate);
        assertThat(keys.purgeExpired()).isGreaterThanOrEqualTo(1);
        assertThat(count("SELECT count(*) FROM idempotency_keys WHERE candidate_id = ?", candidate)).isZero();
    }

    private MockHttpServletResponse applyWithKey(UUID candidate, String key, String body) throws Exception {
        return mvc.perform(post(APPLICATIONS).header("Authorization", bearer(candidate, "candidate")).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
    }

    private static String contentOf(MockHttpServletResponse response) {
        try {
            return response.getContentAsString();
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T get(Future<T> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
