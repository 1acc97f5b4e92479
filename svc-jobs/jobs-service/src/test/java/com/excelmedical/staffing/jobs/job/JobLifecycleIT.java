package com.excelmedical.staffing.jobs.job;

import com.excelmedical.staffing.jobs.Jobs;
import com.excelmedical.staffing.jobs.job.JobRequest;
import com.excelmedical.staffing.jobs.JobsIT;
import com.excelmedical.staffing.platform.test.TopicReader;
import com.excelmedical.staffing.jobs.events.JobsTopics;
import com.excelmedical.staffing.jobs.views.ViewCounter;
import com.excelmedical.staffing.platform.test.EventSchemas;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class JobLifecycleIT extends JobsIT {

    private final UUID recruiter = UUID.randomUUID();

    @Autowired
    ViewCounter views;

    @Test
    void recruiterPublishesAJobAndItsEventKeepsTheContract() throws Exception {
        JsonNode job = json.readTree(create(recruiter, Jobs.anActiveIcuJob()).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());

        assertThat(job.get("status").asString()).isEqualTo("active");
        assertThat(job.get("weeklyPay").asString()).isEqualTo("2400.00");
        String id = job.get("id").asString();
        ConsumerRecord<String, String> record = TopicReader.awaitRecords(JobsTopics.JOBS,
                r -> id.equals(r.key()) && r.value().contains("JobPublished"), 1).getFirst();
        EventSchemas.assertValid(record.value());
        assertThat(record.value()).doesNotContain("91.25");
    }

    @Test
    void publicDetailNeverShowsBillRatesAndHidesDrafts() throws Exception {
        String active = id(create(recruiter, Jobs.anActiveIcuJob()));
        String draft = id(create(recruiter, Jobs.anIcuJob().status("draft").build()));

        String body = mvc.perform(get("/jobs/" + active)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain("91.25").doesNotContain("rates").contains("\"certification\":\"BLS\"");
        mvc.perform(get("/jobs/" + draft)).andExpect(status().isNotFound());
        mvc.perform(get("/jobs/" + draft).header("Authorization", bearer(recruiter, "recruiter"))).andExpect(status().isOk());
    }

    @Test
    void statusMachineAllowsHoldAndResumeAndRefusesIllegalMoves() throws Exception {
        String id = id(create(recruiter, Jobs.anIcuJob().status("draft").build()));

        changeStatus(recruiter, id, "on_hold").andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://staffing.excelmedical.com/problems/illegal-job-transition"));
        changeStatus(recruiter, id, "active").andExpect(status().isOk()).andExpect(jsonPath("$.status").value("active"));
        changeStatus(recruiter, id, "on_hold").andExpect(status().isOk());
        changeStatus(recruiter, id, "active").andExpect(status().isOk());
        changeStatus(recruiter, id, "filled").andExpect(status().isOk());
        changeStatus(recruiter, id, "active").andExpect(status().isConflict());
        changeStatus(recruiter, id, "expired").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("status"));

        List<ConsumerRecord<String, String>> records = TopicReader.awaitRecords(JobsTopics.JOBS,
                r -> id.equals(r.key()) && r.value().contains("JobStatusChanged"), 3);
        records.forEach(r -> EventSchemas.assertValid(r.value()));
    }

    @Test
    void onlyTheOwningRecruiterOrAnAdminEdits() throws Exception {
        String id = id(create(recruiter, Jobs.anActiveIcuJob()));
        JobRequest edit = Jobs.anIcuJob().title("Travel ICU RN - Days").build();

        mvc.perform(put("/jobs/" + id).header("Authorization", bearer(UUID.randomUUID(), "recruiter"))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(edit))).andExpect(status().isForbidden());
        mvc.perform(put("/jobs/" + id).header("Authorization", bearer(UUID.randomUUID(), "admin"))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(edit)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.title").value("Travel ICU RN - Days"));
        create(UUID.randomUUID(), "candidate", Jobs.anActiveIcuJob()).andExpect(status().isForbidden());
        mvc.perform(post("/jobs").contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Jobs.anActiveIcuJob())))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void staleEditIsAConflict() throws Exception {
        JsonNode created = json.readTree(create(recruiter, Jobs.anActiveIcuJob()).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString());
        String id = created.get("id").asString();
        long version = created.get("version").asLong();
        JobRequest first = Jobs.anIcuJob().title("First edit").version(version).build();
        JobRequest second = Jobs.anIcuJob().title("Second edit from the same version").version(version).build();

        edit(id, first).andExpect(status().isOk()).andExpect(jsonPath("$.title").value("First edit"));
        edit(id, second).andExpect(status().isConflict()).andExpect(jsonPath("$.errors[0].field").value("version"));
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of(Jobs.anIcuJob().specialtyId(UUID.randomUUID()), "specialtyId"),
                Arguments.of(Jobs.anIcuJob().stateCode("ZZ"), "stateCode"),
                Arguments.of(Jobs.anIcuJob().cityId(UUID.randomUUID()), "cityId"),
                Arguments.of(Jobs.anIcuJob().cityId(Jobs.DENVER), "cityId"),
                Arguments.of(Jobs.anIcuJob().weeklyPay("-5"), "weeklyPay"),
                Arguments.of(Jobs.anIcuJob().endDate("2029-01-01"), "endDate"),
                Arguments.of(Jobs.anIcuJob().status("filled"), "status"),
                Arguments.of(Jobs.anIcuJob().title(" "), "title"));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("badInput")
    void badInputIsRefusedNamingTheField(Jobs.Draft job, String field) throws Exception {
        create(recruiter, job.build()).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value(field));
        assertThat(jdbc.queryForObject("select count(*) from jobs where recruiter_id = ?", Integer.class, recruiter)).isZero();
    }

    @Test
    void viewsAreCountedInMemoryAndWrittenInOneFlush() throws Exception {
        String id = id(create(recruiter, Jobs.anActiveIcuJob()));
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/jobs/" + id)).andExpect(status().isOk());
        }
        assertThat(jdbc.queryForObject("select views_count from jobs where id = ?::uuid", Long.class, id)).isZero();

        views.flush();

        assertThat(jdbc.queryForObject("select views_count from jobs where id = ?::uuid", Long.class, id)).isEqualTo(5);
        mvc.perform(get("/jobs/" + id)).andExpect(jsonPath("$.viewsCount").value(6));
    }

    private ResultActions create(UUID user, JobRequest job) throws Exception {
        return create(user, "recruiter", job);
    }

    private ResultActions create(UUID user, String role, JobRequest job) throws Exception {
        return mvc.perform(post("/jobs").header("Authorization", bearer(user, role))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(job)));
    }

    private ResultActions edit(String id, JobRequest job) throws Exception {
        return mvc.perform(put("/jobs/" + id).header("Authorization", bearer(recruiter, "recruiter"))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(job)));
    }

    private ResultActions changeStatus(UUID user, String id, String target) throws Exception {
        return mvc.perform(post("/jobs/" + id + "/status").header("Authorization", bearer(user, "recruiter"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"" + target + "\"}"));
    }

    private String id(ResultActions created) throws Exception {
        return json.readTree(created.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString();
    }
}
