package com.excelmedical.staffing.candidates.jobs;

import com.excelmedical.staffing.candidates.CandidatesIT;
import com.excelmedical.staffing.candidates.JobsStandIn;
import com.excelmedical.staffing.candidates.events.CandidatesTopics;
import com.excelmedical.staffing.events.DomainEvent;
import com.excelmedical.staffing.jobs.events.JobDetails;
import com.excelmedical.staffing.jobs.events.JobPublished;
import com.excelmedical.staffing.jobs.events.JobStatusChanged;
import com.excelmedical.staffing.jobs.events.JobUpdated;
import com.excelmedical.staffing.jobs.events.JobsTopics;
import com.excelmedical.staffing.platform.events.CloudEventCodec;
import com.excelmedical.staffing.platform.test.EventSchemas;
import com.excelmedical.staffing.platform.test.TopicReader;
import com.excelmedical.staffing.platform.test.TopicWriter;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** jobs.jobs → job_snapshots (the job's terms included), and a job that is over rejects its open applications. */
class JobFeedIT extends CandidatesIT {

    private static TopicWriter jobs;

    @Autowired
    CloudEventCodec codec;
    @Autowired
    JobSnapshots snapshots;

    @BeforeAll
    static void topic() throws Exception {
        jobs = TopicWriter.to(JobsTopics.JOBS, 1);
    }

    @AfterAll
    static void close() {
        jobs.close();
    }

    @Test
    void eventsKeepTheSnapshotAndAnOlderEventOrADuplicateChangesNothing() throws Exception {
        UUID job = UUID.randomUUID();
        Instant t0 = Instant.now().minusSeconds(60);
        JobPublished published = new JobPublished(UUID.randomUUID(), t0, job, details("ICU RN", "active"));
        send(published);
        await().until(() -> snapshots.find(job).map(JobSnapshot::title).orElse("").equals("ICU RN"));

        JobUpdated updated = new JobUpdated(UUID.randomUUID(), t0.plusSeconds(20), job, details("ICU RN - nights", "active"));
        send(updated);
        // an older update with other terms (other ids, dates and pay) changes nothing
        send(new JobUpdated(UUID.randomUUID(), t0.plusSeconds(10), job, new JobDetails("Stale title", UUID.randomUUID(),
                UUID.randomUUID(), "ER", "perm", "Mercy General", UUID.randomUUID(), "Austin", "TX", LocalDate.now().plusDays(5),
                LocalDate.now().plusDays(90), "day", "70.00", "3100.00", "USD", 1, "active", false, UUID.randomUUID())));
        send(published);
        JobStatusChanged held = new JobStatusChanged(UUID.randomUUID(), t0.plusSeconds(30), job, "active", "on_hold", 2);
        send(held);

        await().until(() -> snapshots.find(job).map(JobSnapshot::status).orElseThrow() == JobState.ON_HOLD);
        JobSnapshot snapshot = snapshots.find(job).orElseThrow();
        assertThat(snapshot.title()).isEqualTo("ICU RN - nights");
        assertThat(snapshot.cityName()).isEqualTo("Austin");
        JobDetails newest = updated.job();
        assertThat(snapshot.terms()).isEqualTo(new JobTerms(newest.professionId(), newest.specialtyId(), "ICU", "travel", "night",
                newest.cityId(), newest.startDate(), null, new BigDecimal("2500.00"), "USD"));
        // the database keeps microseconds (rounded)
        assertThat(snapshot.occurredAt()).isCloseTo(t0.plusSeconds(30), within(1, ChronoUnit.MICROS));
    }

    @Test
    void aFilledJobRejectsItsOpenApplicationsBySystemWithHistoryAndEvents() throws Exception {
        UUID job = JobsStandIn.activeJob();
        UUID submitted = apply(job);
        UUID reviewing = apply(job);
        UUID placed = apply(job);
        moveTo(reviewing, "reviewing");
        for (String step : List.of("reviewing", "interview", "offered", "placed")) {
            moveTo(placed, step);
        }

        send(new JobStatusChanged(UUID.randomUUID(), Instant.now(), job, "active", "filled", 0));

        await().until(() -> statusOf(submitted).equals("rejected") && statusOf(reviewing).equals("rejected"));
        assertThat(statusOf(placed)).isEqualTo("placed");
        Map<String, Object> last = jdbc.queryForMap("""
                SELECT from_status, to_status, changed_by, changed_by_role, reason FROM application_status_history
                WHERE application_id = ? ORDER BY id DESC LIMIT 1""", reviewing);
        assertThat(last).containsEntry("from_status", "reviewing").containsEntry("to_status", "rejected")
                .containsEntry("changed_by_role", "system").containsEntry("reason", "job_filled");
        assertThat(last.get("changed_by")).isNull();
        assertThat(jdbc.queryForObject("SELECT rejection_reason FROM applications WHERE id = ?", String.class, submitted))
                .isEqualTo("job_filled");
        List<ConsumerRecord<String, String>> records = TopicReader.recordsWithKey(CandidatesTopics.APPLICATIONS, submitted.toString(), 2);
        records.forEach(record -> EventSchemas.assertValid(record.value()));
        assertThat(records).filteredOn(r -> r.value().contains("\"status\":\"rejected\"")).hasSize(1);
    }

    @Test
    void aClosedJobGivesReasonJobClosedAndARedeliveryRejectsNothingTwice() throws Exception {
        UUID job = JobsStandIn.activeJob();
        UUID application = apply(job);
        JobStatusChanged closed = new JobStatusChanged(UUID.randomUUID(), Instant.now(), job, "active", "closed", 1);

        send(closed);
        send(closed);

        await().until(() -> statusOf(application).equals("rejected"));
        assertThat(jdbc.queryForObject("SELECT rejection_reason FROM applications WHERE id = ?", String.class, application))
                .isEqualTo("job_closed");
        List<ConsumerRecord<String, String>> records = TopicReader.recordsWithKey(CandidatesTopics.APPLICATIONS, application.toString(), 2);
        assertThat(records).filteredOn(r -> r.value().contains("\"status\":\"rejected\"")).hasSize(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM application_status_history WHERE application_id = ?",
                Integer.class, application)).isEqualTo(2);
    }

    @Test
    void aPoisonRecordIsDeadLetteredAndTheNextRecordIsStillHandled() throws Exception {
        String key = UUID.randomUUID().toString();
        UUID job = UUID.randomUUID();
        jobs.send(key, "{ not an event");
        send(new JobPublished(UUID.randomUUID(), Instant.now(), job, details("After poison", "active")));

        await().until(() -> snapshots.find(job).isPresent());
        assertThat(TopicReader.awaitRecords(JobsTopics.JOBS + ".DLT", r -> key.equals(r.key()), 1)).hasSize(1);
    }

    private void send(DomainEvent event) throws Exception {
        jobs.send(event.subject(), codec.write(event));
    }

    private static JobDetails details(String title, String status) {
        return new JobDetails(title, UUID.randomUUID(), UUID.randomUUID(), "ICU", "travel", "Mercy General", UUID.randomUUID(),
                "Austin", "TX", LocalDate.now().plusDays(30), null, "night", "60.00", "2500.00", "USD", 2, status, false,
                UUID.randomUUID());
    }

    private UUID apply(UUID job) throws Exception {
        String body = mvc.perform(post("/candidates/applications").header("Authorization", bearer(UUID.randomUUID(), "candidate"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"jobId\": \"%s\"}".formatted(job)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return UUID.fromString(json.readTree(body).get("id").asString());
    }

    private void moveTo(UUID application, String target) throws Exception {
        mvc.perform(post("/candidates/applications/" + application + "/status")
                        .header("Authorization", bearer(UUID.randomUUID(), "recruiter"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"%s\"}".formatted(target)))
                .andExpect(status().isOk());
    }

    private String statusOf(UUID application) {
        return jdbc.queryForObject("SELECT status FROM applications WHERE id = ?", String.class, application);
    }
}
