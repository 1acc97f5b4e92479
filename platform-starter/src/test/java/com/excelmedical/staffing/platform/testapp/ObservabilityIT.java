package com.excelmedical.staffing.platform.testapp;

import com.excelmedical.staffing.platform.test.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ObservabilityIT extends StarterIT {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;

    @Test
    void readinessChecksTheDatabaseAndTheBroker() throws Exception {
        mvc.perform(get("/actuator/health/readiness"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components.db.status").value("UP"))
                .andExpect(jsonPath("$.components.kafka.status").value("UP"));
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
    }

    @Test
    void prometheusEndpointHasCommonTagsHistogramsAndOutboxGauges() throws Exception {
        mvc.perform(get("/public/ping")).andExpect(status().isOk());
        mvc.perform(get("/actuator/prometheus"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("http_server_requests_seconds_bucket")))
                .andExpect(content().string(containsString("application=\"starter-test\"")))
                .andExpect(content().string(containsString("staffing_outbox_backlog")))
                .andExpect(content().string(containsString("staffing_outbox_oldest_age_seconds")));
    }

    @Test
    void traceOfTheRequestTravelsWithItsEventIntoKafkaHeaders() throws Exception {
        MvcResult result = mvc.perform(post("/notes")
                        .header("Authorization", "Bearer " + TOKENS.withRoles("candidate"))
                        .header("traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"traced\"}"))
                .andExpect(status().isCreated())
                .andReturn();
        String noteId = json.readTree(result.getResponse().getContentAsString()).get("noteId").asString();

        ConsumerRecord<String, String> record = TopicReader.awaitRecords(NoteCreated.TOPIC,
                candidate -> noteId.equals(candidate.key()), 1).getFirst();
        Header traceparent = record.headers().lastHeader("traceparent");
        assertThat(traceparent).as("traceparent header").isNotNull();
        assertThat(new String(traceparent.value(), StandardCharsets.UTF_8)).contains(TRACE_ID);
    }
}
