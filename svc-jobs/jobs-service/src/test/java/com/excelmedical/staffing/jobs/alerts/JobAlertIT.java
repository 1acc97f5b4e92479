package com.excelmedical.staffing.jobs.alerts;

import com.excelmedical.staffing.jobs.Jobs;
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
import java.util.Map;
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
        String alert = id(createAlert(candidate, Map.of("name", "ICU in Texas", "q", tag, "specialtyIds", new String[]{Jobs.ICU.toString()},
                "stateCodes", new String[]{"tx"}, "frequency", "instant")));

        String matching = publish(Jobs.with(Jobs.anActiveIcuJob(), "description", "Unit " + tag));
        publish(Jobs.with(Jobs.anActiveIcuJob(), "description", "Unit " + tag, "specialtyId", Jobs.ER.toString()));
        publish(Jobs.with(Jobs.anActiveIcuJob(), "description", "Unit without the word"));

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
        String alert = id(createAlert(candidate, Map.of("name", "Daily " + tag, "q", tag, "frequency", "daily")));
        String job = publish(Jobs.with(Jobs.anActiveIcuJob(), "description", "Unit " + tag));
        assertThat(matches(alert)).isZero();

        digests.runDue(Instant.now().plus(Duration.ofDays(1)).plusSeconds(60));

        assertThat(jdbc.queryForList("select job_id::text from job_alert_matches where alert_id = ?::uuid", String.class, alert))
                .containsExactly(job);
        digests.runDue(Instant.now().plus(Duration.ofDays(1)).plusSeconds(90));
        assertThat(matches(alert)).isEqualTo(1);
    }

    @Test
    void candidatesManageOnlyTheirOwnAlerts() throws Exception {
        String alert = id(createAlert(candidate, Map.of("name", "Nights", "shifts", new String[]{"night"}, "frequency", "weekly")));

        mvc.perform(get("/jobs/alerts").header("Authorization", bearer(candidate, "candidate")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[0].id").value(alert));
        mvc.perform(get("/jobs/alerts").header("Authorization", bearer(UUID.randomUUID(), "candidate")))
                .andExpect(jsonPath("$.items").isEmpty());
        mvc.perform(delete("/jobs/alerts/" + alert).header("Authorization", bearer(UUID.randomUUID(), "candidate")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/jobs/alerts").header("Authorization", bearer(UUID.randomUUID(), "recruiter")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/jobs/alerts")).andExpect(status().isUnauthorized());
        createAlert(candidate, Map.of("name", "Bad", "frequency", "hourly")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("frequency"));
        createAlert(candidate, Map.of("name", "Bad", "frequency", "daily", "stateCodes", new String[]{"ZZ"}))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("stateCodes"));
        mvc.perform(delete("/jobs/alerts/" + alert).header("Authorization", bearer(candidate, "candidate")))
                .andExpect(status().isNoContent());
    }

    private ResultActions createAlert(UUID user, Map<String, Object> alert) throws Exception {
        return mvc.perform(post("/jobs/alerts").header("Authorization", bearer(user, "candidate"))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(alert)));
    }

    private String publish(Map<String, Object> job) throws Exception {
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
