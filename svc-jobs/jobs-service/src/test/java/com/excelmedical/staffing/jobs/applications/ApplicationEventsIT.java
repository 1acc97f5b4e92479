package com.excelmedical.staffing.jobs.applications;

import com.excelmedical.staffing.candidates.events.ApplicationPlaced;
import com.excelmedical.staffing.candidates.events.ApplicationSubmitted;
import com.excelmedical.staffing.candidates.events.CandidatesTopics;
import com.excelmedical.staffing.jobs.Jobs;
import com.excelmedical.staffing.jobs.JobsIT;
import com.excelmedical.staffing.platform.test.TopicReader;
import com.excelmedical.staffing.platform.events.CloudEventCodec;
import com.excelmedical.staffing.platform.test.EventSchemas;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ApplicationEventsIT extends JobsIT {

    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    CloudEventCodec codec;

    @Test
    void submissionDeliveredTwiceCountsOnce() throws Exception {
        UUID job = aJobWithOpenings(2);
        ApplicationSubmitted submitted = new ApplicationSubmitted(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), job,
                UUID.randomUUID(), "submitted", null, null);
        ApplicationSubmitted another = new ApplicationSubmitted(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), job,
                UUID.randomUUID(), "submitted", null, null);

        send(submitted);
        send(submitted);
        send(another);

        await().until(() -> applications(job) == 2);
        assertThat(applications(job)).isEqualTo(2);
    }

    @Test
    void placementsTakeOpeningsAndTheLastOneFillsTheJobOnce() throws Exception {
        UUID job = aJobWithOpenings(2);
        ApplicationPlaced first = placed(job);
        send(first);
        send(first);
        await().until(() -> openings(job) == 1);

        send(placed(job));

        await().until(() -> "filled".equals(jobStatus(job)));
        assertThat(openings(job)).isZero();
        String event = TopicReader.awaitRecords(com.excelmedical.staffing.jobs.events.JobsTopics.JOBS,
                r -> job.toString().equals(r.key()) && r.value().contains("JobStatusChanged"), 1).getFirst().value();
        assertThat(event).contains("\"status\":\"filled\"");
    }

    @Test
    void poisonRecordIsDeadLetteredAndTheNextRecordIsStillHandled() throws Exception {
        UUID job = aJobWithOpenings(3);
        String key = UUID.randomUUID().toString();
        kafka.send(CandidatesTopics.APPLICATIONS, key, "{ not an event").get();
        send(placed(job));

        await().until(() -> openings(job) == 2);
        assertThat(TopicReader.awaitRecords(CandidatesTopics.APPLICATIONS + ".DLT", r -> key.equals(r.key()), 1)).hasSize(1);
    }

    private ApplicationPlaced placed(UUID job) {
        return new ApplicationPlaced(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), job, UUID.randomUUID(), "placed", null);
    }

    /** Sends the event as svc-candidates would; what is sent must keep the candidates contract (schemas in candidates-events). */
    private void send(com.excelmedical.staffing.candidates.events.ApplicationEvent event) throws Exception {
        String record = codec.write(event);
        EventSchemas.assertValid(record);
        kafka.send(CandidatesTopics.APPLICATIONS, event.subject(), record).get();
    }

    private UUID aJobWithOpenings(int openings) throws Exception {
        String body = mvc.perform(post("/jobs").header("Authorization", bearer(UUID.randomUUID(), "recruiter"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Jobs.anIcuJob().openings(openings).build())))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return UUID.fromString(json.readTree(body).get("id").asString());
    }

    private int applications(UUID job) {
        return jdbc.queryForObject("select applications_count from jobs where id = ?", Integer.class, job);
    }

    private int openings(UUID job) {
        return jdbc.queryForObject("select openings from jobs where id = ?", Integer.class, job);
    }

    private String jobStatus(UUID job) {
        return jdbc.queryForObject("select status from jobs where id = ?", String.class, job);
    }
}
