package com.excelmedical.staffing.jobs.importing;

import com.excelmedical.staffing.jobs.JobsIT;
import com.excelmedical.staffing.platform.test.TopicReader;
import com.excelmedical.staffing.jobs.events.JobsTopics;
import com.excelmedical.staffing.platform.test.EventSchemas;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Each test gives the sample feed's external ids its own prefix, so that full feeds of other tests do not interfere. */
class JobImportIT extends JobsIT {

    private final UUID admin = UUID.randomUUID();

    @Autowired
    FeedPoller poller;

    @Test
    void sampleFeedCreatesJobsAndRejectsBadRowsWithAReason() throws Exception {
        String prefix = unique();
        ObjectNode feed = sampleFeed(prefix);
        ((ObjectNode) feed.get("jobs").get(0)).put("seoDescription", "Nights\tin \\Houston\\\nüber gut, \\N not null");
        JsonNode report = importFeed(feed);

        assertThat(report.get("created").asInt()).isEqualTo(3);
        assertThat(report.get("rejected").size()).isEqualTo(2);
        assertThat(report.get("rejected").toString()).contains("unknown specialty: Hyperbaric Medicine")
                .contains("missing required fields: clientName");
        mvc.perform(get("/jobs/imports/" + report.get("id").asString()).header("Authorization", bearer(admin, "admin")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.created").value(3));

        String houston = jdbc.queryForObject("select id::text from jobs where external_id = ?", String.class, prefix + "LE-100234");
        String detail = mvc.perform(get("/jobs/" + houston)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(detail).contains("Travel ICU RN - Nights").doesNotContain("92.00").doesNotContain("138.00");
        assertThat(json.readTree(detail).get("seoDescription").asString()).isEqualTo("Nights\tin \\Houston\\\nüber gut, \\N not null");
        assertThat(jdbc.queryForObject("select count(*) from job_rates where job_id = ?::uuid", Integer.class, houston)).isEqualTo(2);

        String published = TopicReader.awaitRecords(JobsTopics.JOBS,
                r -> houston.equals(r.key()) && r.value().contains("JobPublished"), 1).getFirst().value();
        EventSchemas.assertValid(published);
    }

    @Test
    void reimportOfAnUnchangedFeedWritesNothingAndAChangedRowIsUpdated() throws Exception {
        String prefix = unique();
        importFeed(sampleFeed(prefix));
        long version = version(prefix + "LE-100235");

        JsonNode again = importFeed(sampleFeed(prefix));
        assertThat(again.get("unchanged").asInt()).isEqualTo(3);
        assertThat(again.get("created").asInt() + again.get("updated").asInt() + again.get("closed").asInt()).isZero();
        assertThat(version(prefix + "LE-100235")).isEqualTo(version);

        ObjectNode feed = sampleFeed(prefix);
        ((ObjectNode) feed.get("jobs").get(1)).put("weeklyPay", 2450.00);
        JsonNode changed = importFeed(feed);
        assertThat(changed.get("updated").asInt()).isEqualTo(1);
        assertThat(changed.get("unchanged").asInt()).isEqualTo(2);
        assertThat(jdbc.queryForObject("select weekly_pay::text from jobs where external_id = ?", String.class, prefix + "LE-100235"))
                .isEqualTo("2450.00");
    }

    @Test
    void fullFeedClosesImportedJobsItNoLongerLists() throws Exception {
        String prefix = unique();
        importFeed(sampleFeed(prefix));
        ObjectNode shorter = sampleFeed(prefix);
        ((ArrayNode) shorter.get("jobs")).remove(2);

        JsonNode report = importFeed(shorter);

        assertThat(report.get("closed").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForObject("select status from jobs where external_id = ?", String.class, prefix + "LE-100236"))
                .isEqualTo("closed");
        String closedId = jdbc.queryForObject("select id::text from jobs where external_id = ?", String.class, prefix + "LE-100236");
        await().until(() -> jdbc.queryForObject("select pending_event is null from jobs where id = ?::uuid", Boolean.class, closedId));
        String event = TopicReader.awaitRecords(JobsTopics.JOBS,
                r -> closedId.equals(r.key()) && r.value().contains("JobStatusChanged"), 1).getFirst().value();
        EventSchemas.assertValid(event);
        assertThat(event).contains("\"status\":\"closed\"");
    }

    @ParameterizedTest(name = "pending event {0} from {1}")
    @CsvSource(nullValues = "none", value = {"JobStatusChanged:active, none", "JobPublished, none", "JobClosed, none",
            "status_changed, none", "updated, active"})
    void anUnexpectedPendingEventIsNeitherPublishedWronglyNorDropped(String marker, String fromStatus) throws Exception {
        String prefix = unique();
        ObjectNode feed = sampleFeed(prefix);
        feed.put("fullFeed", false);
        importFeed(feed);
        String id = jdbc.queryForObject("select id::text from jobs where external_id = ?", String.class, prefix + "LE-100234");

        assertThatThrownBy(() -> jdbc.update("update jobs set pending_event = ?, pending_from_status = ? where id = ?::uuid",
                marker, fromStatus, id)).isInstanceOf(DataIntegrityViolationException.class);

        await().until(() -> jdbc.queryForObject("select pending_event is null from jobs where id = ?::uuid", Boolean.class, id));
        List<ConsumerRecord<String, String>> events = TopicReader.recordsWithKey(JobsTopics.JOBS, id, 1);
        assertThat(events).singleElement().satisfies(event -> assertThat(event.value()).contains("JobPublished"));
    }

    @Test
    void onlyAdminsImportAndMalformedRowsAreRejectedOneByOne() throws Exception {
        mvc.perform(post("/jobs/imports").header("Authorization", bearer(UUID.randomUUID(), "recruiter"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"jobs\": []}")).andExpect(status().isForbidden());
        mvc.perform(post("/jobs/imports").header("Authorization", bearer(admin, "admin"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"nothing\": 1}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("jobs"));

        String prefix = unique();
        ObjectNode feed = sampleFeed(prefix);
        feed.put("fullFeed", false);
        ((ObjectNode) feed.get("jobs").get(0)).put("startDate", "next tuesday");
        ((ObjectNode) feed.get("jobs").get(1)).put("weeklyPay", -10);
        JsonNode report = importFeed(feed);

        assertThat(report.get("created").asInt()).isEqualTo(1);
        assertThat(report.get("rejected").toString()).contains("unreadable row").contains("negative pay");
    }

    @Test
    void pollerRunsTheSameImportFromAFeedUrl() throws Exception {
        String prefix = unique();
        Path file = Files.createTempFile("laboredge-", ".json");
        ObjectNode feed = sampleFeed(prefix);
        feed.put("fullFeed", false);
        Files.writeString(file, json.writeValueAsString(feed));

        ImportReport report = poller.poll(file.toUri());

        assertThat(report.source()).isEqualTo("poller");
        assertThat(report.created()).isEqualTo(3);
    }

    private JsonNode importFeed(JsonNode feed) throws Exception {
        String body = mvc.perform(post("/jobs/imports").header("Authorization", bearer(admin, "admin"))
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(feed)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(body);
    }

    private ObjectNode sampleFeed(String prefix) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/feeds/laboredge-sample.json")) {
            ObjectNode feed = (ObjectNode) json.readTree(in);
            for (JsonNode job : feed.get("jobs")) {
                ((ObjectNode) job).put("externalJobId", prefix + job.get("externalJobId").asString());
            }
            return feed;
        }
    }

    private long version(String externalId) {
        return jdbc.queryForObject("select version from jobs where external_id = ?", Long.class, externalId);
    }
}
