package com.excelmedical.staffing.candidates.applications;

import com.excelmedical.staffing.candidates.accounts.CandidateErased;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ErasureAndMetricsIT extends ApplicationsIT {

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void anErasedCandidatesNotesGoAndTheApplicationsStayForStatistics() throws Exception {
        UUID candidate = UUID.randomUUID();
        UUID id = id(anApplication(candidate));
        move(id, UUID.randomUUID(), "recruiter", "{\"status\": \"reviewing\", \"note\": \"Called her on Monday\"}");
        move(id, candidate, "candidate", "{\"status\": \"withdrawn\", \"note\": \"Moving to Denver\"}");

        transaction.executeWithoutResult(status -> events.publishEvent(new CandidateErased(candidate)));

        assertThat(jdbc.queryForMap("SELECT candidate_note, recruiter_note, status FROM applications WHERE id = ?", id))
                .containsEntry("candidate_note", null).containsEntry("recruiter_note", null).containsEntry("status", "withdrawn");
        assertThat(count("SELECT count(*) FROM application_status_history WHERE application_id = ? AND note IS NOT NULL", id)).isZero();
        assertThat(count("SELECT count(*) FROM application_status_history WHERE application_id = ?", id)).isEqualTo(3);
    }

    @Test
    void countersAndTheBreakerStateAreInPrometheus() throws Exception {
        UUID id = id(anApplication(UUID.randomUUID()));
        for (String step : new String[] {"reviewing", "interview", "offered", "placed"}) {
            moveTo(id, step);
        }

        mvc.perform(get("/actuator/prometheus")).andExpect(status().isOk())
                .andExpect(content().string(containsString("candidates_applications_submitted_total")))
                .andExpect(content().string(containsString("candidates_placements_total")))
                .andExpect(content().string(containsString("candidates_jobs_client_requests_seconds_count{")))
                .andExpect(content().string(containsString("resilience4j_circuitbreaker_state{")));
    }
}
