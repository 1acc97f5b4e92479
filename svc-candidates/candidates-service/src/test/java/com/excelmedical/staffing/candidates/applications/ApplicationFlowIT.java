package com.excelmedical.staffing.candidates.applications;

import com.excelmedical.staffing.candidates.JobsStandIn;
import com.excelmedical.staffing.candidates.events.CandidatesTopics;
import com.excelmedical.staffing.platform.test.EventSchemas;
import com.excelmedical.staffing.platform.test.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ApplicationFlowIT extends ApplicationsIT {

    @Test
    void applyThroughPlacedPublishesEachEventOnceMatchingItsSchema() throws Exception {
        UUID candidate = UUID.randomUUID();
        UUID job = JobsStandIn.activeJob();
        JsonNode application = applied(candidate, job);
        UUID id = id(application);
        assertThat(application.get("status").asString()).isEqualTo("submitted");
        assertThat(application.get("job").get("title").asString()).startsWith("ICU RN");

        for (String next : List.of("reviewing", "interview", "offered", "placed")) {
            moveTo(id, next).andExpect(status().isOk()).andExpect(jsonPath("$.status").value(next));
        }

        List<ConsumerRecord<String, String>> records = TopicReader.recordsWithKey(CandidatesTopics.APPLICATIONS, id.toString(), 6);
        records.forEach(record -> EventSchemas.assertValid(record.value()));
        // one transaction's events reach Kafka in no guaranteed order: each exactly once is the promise
        assertThat(records).extracting(r -> type(r.value())).containsExactlyInAnyOrder(
                "staffing.candidates.ApplicationSubmitted.v1",
                "staffing.candidates.ApplicationStatusChanged.v1", "staffing.candidates.ApplicationStatusChanged.v1",
                "staffing.candidates.ApplicationStatusChanged.v1", "staffing.candidates.ApplicationStatusChanged.v1",
                "staffing.candidates.ApplicationPlaced.v1");
        read(APPLICATIONS + "/" + id + "/history", candidate, "candidate").andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(5))
                .andExpect(jsonPath("$.items[0].status").value("submitted"))
                .andExpect(jsonPath("$.items[4].fromStatus").value("offered"))
                .andExpect(jsonPath("$.items[4].status").value("placed"));
    }

    @Test
    void referralAndShareCodesAreStoredAndCarriedByTheSubmission() throws Exception {
        UUID candidate = UUID.randomUUID();
        UUID job = JobsStandIn.activeJob();
        String body = apply(candidate, """
                {"jobId": "%s", "referralCode": "FRIEND-42", "shareCode": "rs_7Qx"}""".formatted(job))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.referralCode").value("FRIEND-42"))
                .andExpect(jsonPath("$.shareCode").value("rs_7Qx"))
                .andExpect(jsonPath("$.source").value("job_share"))
                .andReturn().getResponse().getContentAsString();
        String id = json.readTree(body).get("id").asString();

        String event = TopicReader.recordsWithKey(CandidatesTopics.APPLICATIONS, id, 1).getFirst().value();
        EventSchemas.assertValid(event);
        assertThat(event).contains("\"referralCode\":\"FRIEND-42\"").contains("\"shareCode\":\"rs_7Qx\"");
    }

    @Test
    void theRegisteredReferralCodeIsUsedWhenNoneIsGiven() throws Exception {
        UUID candidate = UUID.randomUUID();
        jdbc.update("INSERT INTO candidates (id, registered_referral_code) VALUES (?, 'REG-CODE-1')", candidate);

        JsonNode application = anApplication(candidate);

        assertThat(application.get("referralCode").asString()).isEqualTo("REG-CODE-1");
        assertThat(application.get("source").asString()).isEqualTo("referral");
    }

    @Test
    void recruiterNotesAreNeverShownToTheCandidate() throws Exception {
        UUID candidate = UUID.randomUUID();
        UUID id = id(anApplication(candidate));
        UUID recruiter = UUID.randomUUID();

        move(id, recruiter, "recruiter", "{\"status\": \"reviewing\", \"note\": \"Strong ICU background\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.recruiterNote").value("Strong ICU background"));

        read(APPLICATIONS + "/" + id, candidate, "candidate").andExpect(status().isOk())
                .andExpect(jsonPath("$.recruiterNote").value(nullValue()))
                .andExpect(jsonPath("$.candidateNote").value("Available from March"));
        read(APPLICATIONS + "/" + id + "/history", candidate, "candidate")
                .andExpect(jsonPath("$.items[1].note").value(nullValue()))
                .andExpect(jsonPath("$.items[1].changedBy").value(nullValue()));
        read(APPLICATIONS + "/" + id + "/history", recruiter, "recruiter")
                .andExpect(jsonPath("$.items[1].note").value("Strong ICU background"))
                .andExpect(jsonPath("$.items[1].changedBy").value(recruiter.toString()))
                .andExpect(jsonPath("$.items[1].role").value("recruiter"));
    }

    @Test
    void someoneElsesApplicationIsNotFoundForACandidateButVisibleToStaff() throws Exception {
        UUID id = id(anApplication(UUID.randomUUID()));
        UUID other = UUID.randomUUID();

        read(APPLICATIONS + "/" + id, other, "candidate").andExpect(status().isNotFound());
        read(APPLICATIONS + "/" + id + "/history", other, "candidate").andExpect(status().isNotFound());
        move(id, other, "candidate", "{\"status\": \"withdrawn\"}").andExpect(status().isNotFound());
        read(APPLICATIONS + "/" + id, UUID.randomUUID(), "admin").andExpect(status().isOk());
        assertThat(count("SELECT count(*) FROM applications WHERE id = ? AND status = 'submitted'", id)).isEqualTo(1);
    }

    @Test
    void theCandidateOnlyWithdrawsAndFinalStatesStayFinal() throws Exception {
        UUID candidate = UUID.randomUUID();
        UUID id = id(anApplication(candidate));

        move(id, candidate, "candidate", "{\"status\": \"placed\"}").andExpect(status().isForbidden())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        moveTo(id, "withdrawn").andExpect(status().isForbidden());
        moveTo(id, "interview").andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("status"))
                .andExpect(jsonPath("$.detail").value(containsString("submitted to interview")));
        move(id, candidate, "candidate", "{\"status\": \"withdrawn\", \"note\": \"Took another offer\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("withdrawn"));
        moveTo(id, "reviewing").andExpect(status().isConflict());
        move(id, UUID.randomUUID(), "recruiter", "{\"status\": \"rejected\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));

        assertThat(count("SELECT count(*) FROM application_status_history WHERE application_id = ?", id)).isEqualTo(2);
    }

    @Test
    void applyingTwiceIsAConflictNamingTheExistingApplication() throws Exception {
        UUID candidate = UUID.randomUUID();
        UUID job = JobsStandIn.activeJob();
        UUID first = id(applied(candidate, job));

        apply(candidate, "{\"jobId\": \"%s\"}".formatted(job)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString(first.toString())))
                .andExpect(jsonPath("$.errors[0].field").value("jobId"));
        assertThat(count("SELECT count(*) FROM applications WHERE candidate_id = ?", candidate)).isEqualTo(1);
    }

    @Test
    void twoAppliesToTheSameJobAtOnceMakeOneApplicationAndAConflictNamingIt() throws Exception {
        UUID candidate = UUID.randomUUID();
        UUID job = JobsStandIn.activeJob();
        String body = "{\"jobId\": \"%s\"}".formatted(job);
        CountDownLatch start = new CountDownLatch(1);
        Callable<MockHttpServletResponse> request = () -> {
            start.await();
            return apply(candidate, body).andReturn().getResponse();
        };

        List<MockHttpServletResponse> answers;
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<MockHttpServletResponse>> futures = List.of(pool.submit(request), pool.submit(request),
                    pool.submit(request), pool.submit(request));
            start.countDown();
            answers = new ArrayList<>();
            for (Future<MockHttpServletResponse> future : futures) {
                answers.add(future.get());
            }
        }

        assertThat(answers).extracting(MockHttpServletResponse::getStatus).containsExactlyInAnyOrder(201, 409, 409, 409);
        MockHttpServletResponse created = answers.stream().filter(answer -> answer.getStatus() == 201).findFirst().orElseThrow();
        String id = json.readTree(created.getContentAsString()).get("id").asString();
        for (MockHttpServletResponse refused : answers.stream().filter(answer -> answer.getStatus() == 409).toList()) {
            assertThat(json.readTree(refused.getContentAsString()).get("detail").asString()).contains(id);
        }
        assertThat(count("SELECT count(*) FROM applications WHERE candidate_id = ?", candidate)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM application_status_history WHERE application_id = ?::uuid", id)).isEqualTo(1);
        // the refused requests' transactions rolled back with their ApplicationSubmitted: the candidate's one event is the winner's
        assertThat(TopicReader.recordsWithKey(CandidatesTopics.APPLICATIONS, id, 1)).hasSize(1);
        assertThat(TopicReader.awaitRecords(CandidatesTopics.APPLICATIONS, record -> record.value().contains(candidate.toString()), 1))
                .extracting(ConsumerRecord::key).containsExactly(id);
    }

    @Test
    void theFirstApplicationToAJobKeepsSvcJobsAnswerAsItsSnapshot() throws Exception {
        UUID job = JobsStandIn.activeJob();
        assertThat(count("SELECT count(*) FROM job_snapshots WHERE job_id = ?", job)).isZero();

        JsonNode application = applied(UUID.randomUUID(), job);

        assertThat(application.get("job").get("title").asString()).startsWith("ICU RN");
        assertThat(jdbc.queryForObject("SELECT title FROM job_snapshots WHERE job_id = ?", String.class, job))
                .isEqualTo(application.get("job").get("title").asString());
    }

    private String type(String record) {
        return json.readTree(record).get("type").asString();
    }
}
