package com.excelmedical.staffing.jobs.alerts;

import com.excelmedical.staffing.jobs.Jobs;
import com.excelmedical.staffing.jobs.job.JobRequest;
import com.excelmedical.staffing.jobs.JobsIT;
import com.excelmedical.staffing.platform.test.TopicReader;
import com.excelmedical.staffing.jobs.events.JobsTopics;
import com.excelmedical.staffing.platform.test.EventSchemas;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class JobAlertIT extends JobsIT {

    private final UUID candidate = UUID.randomUUID();

    @Autowired
    AlertDigests digests;

    @Test
    void instantAlertMatchesANewlyPublishedJobOnceAndTellsTheCandidate() throws Exception {
        String tag = unique();
        String alert = id(createAlert(candidate, new AlertRequest("ICU in Texas", tag, List.of(Jobs.ICU), List.of("tx"),
                null, null, null, null, "instant")));

        String matching = publish(Jobs.anIcuJob().description("Unit " + tag).build());
        publish(Jobs.anIcuJob().description("Unit " + tag).specialtyId(Jobs.ER).build());
        publish(Jobs.anIcuJob().description("Unit without the word").build());

        assertThat(jdbc.queryForList("select job_id::text from job_alert_matches where alert_id = ?::uuid", String.class, alert))
                .containsExactly(matching);
        String event = TopicReader.awaitRecords(JobsTopics.JOBS,
                r -> matching.equals(r.key()) && r.value().contains("JobAlertMatched"), 1).getFirst().value();
        EventSchemas.assertValid(event);
        assertThat(event).contains(candidate.toString()).contains(alert);
    }

    @Test
    void dailyAlertIsMatchedByTheScheduledBatch() throws Exception {
        String tag = unique();
        String alert = id(createAlert(candidate, new AlertRequest("Daily " + tag, tag, null, null, null, null, null, null, "daily")));
        String job = publish(Jobs.anIcuJob().description("Unit " + tag).build());
        assertThat(matches(alert)).isZero();

        digests.runDue(Instant.now().plus(Duration.ofDays(1)).plusSeconds(60));

        assertThat(jdbc.queryForList("select job_id::text from job_alert_matches where alert_id = ?::uuid", String.class, alert))
                .containsExactly(job);
        digests.runDue(Instant.now().plus(Duration.ofDays(1)).plusSeconds(90));
        assertThat(matches(alert)).isEqualTo(1);
    }

    @Test
    void candidatesManageOnlyTheirOwnAlerts() throws Exception {
        String alert = id(createAlert(candidate, new AlertRequest("Nights", null, null, null, null, null, List.of("night"), null, "weekly")));

        mvc.perform(get("/jobs/alerts").header("Authorization", bearer(candidate, "candidate")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[0].id").value(alert));
        mvc.perform(get("/jobs/alerts").header("Authorization", bearer(UUID.randomUUID(), "candidate")))
                .andExpect(jsonPath("$.items").isEmpty());
        mvc.perform(delete("/jobs/alerts/" + alert).header("Authorization", bearer(UUID.randomUUID(), "candidate")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/jobs/alerts").header("Authorization", bearer(UUID.randomUUID(), "recruiter")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/jobs/alerts")).andExpect(status().isUnauthorized());
        createAlert(candidate, new AlertRequest("Bad", null, null, null, null, null, null, null, "hourly")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("frequency"));
        createAlert(candidate, new AlertRequest("Bad", null, null, List.of("ZZ"), null, null, null, null, "daily"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("stateCodes"));
        mvc.perform(delete("/jobs/alerts/" + alert).header("Authorization", bearer(candidate, "candidate")))
                .andExpect(status().isNoContent());
    }

    private ResultActions createAlert(UUID user, AlertRequest alert) throws Exception {
        return mvc.perform(post("/jobs/alerts").header("Authorization", bearer(user, "candidate"))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(alert)));
    }

    private String publish(JobRequest job) throws Exception {
        return id(mvc.perform(post("/jobs").header("Authorization", bearer(UUID.randomUUID(), "recruiter"))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(job))));
    }

    private String id(ResultActions created) throws Exception {
        return json.readTree(created.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString();
    }

    private int matches(String alert) {
        return jdbc.queryForObject("select count(*) from job_alert_matches where alert_id = ?::uuid", Integer.class, alert);
    }
}
