package com.excelmedical.staffing.candidates.applications;

import com.excelmedical.staffing.candidates.CandidatesIT;
import com.excelmedical.staffing.candidates.JobsStandIn;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

import java.util.UUID;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Helpers of the applications tests: apply, move, read, as a candidate or a recruiter. */
abstract class ApplicationsIT extends CandidatesIT {

    protected static final String APPLICATIONS = "/candidates/applications";

    protected ResultActions apply(UUID candidate, String body) throws Exception {
        return mvc.perform(post(APPLICATIONS).header("Authorization", bearer(candidate, "candidate"))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    protected JsonNode applied(UUID candidate, UUID job) throws Exception {
        String body = apply(candidate, "{\"jobId\": \"%s\", \"note\": \"Available from March\"}".formatted(job))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(body);
    }

    /** A new candidate's new application to a new active job; returns the application. */
    protected JsonNode anApplication(UUID candidate) throws Exception {
        return applied(candidate, JobsStandIn.activeJob());
    }

    protected ResultActions move(UUID applicationId, UUID user, String role, String body) throws Exception {
        return mvc.perform(post(APPLICATIONS + "/" + applicationId + "/status").header("Authorization", bearer(user, role))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    protected ResultActions moveTo(UUID applicationId, String status) throws Exception {
        return move(applicationId, UUID.randomUUID(), "recruiter", "{\"status\": \"%s\"}".formatted(status));
    }

    protected ResultActions read(String path, UUID user, String role) throws Exception {
        return mvc.perform(get(path).header("Authorization", bearer(user, role)));
    }

    protected static UUID id(JsonNode node) {
        return UUID.fromString(node.get("id").asString());
    }

    protected int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }
}
