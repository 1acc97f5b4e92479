package com.excelmedical.staffing.candidates.applications;

import com.excelmedical.staffing.candidates.JobsStandIn;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Bad input to applications: each answered with problem details naming the field, and nothing stored. */
class ApplicationBadInputIT extends ApplicationsIT {

    @Test
    void anOversizedNoteIsRefused() throws Exception {
        UUID candidate = UUID.randomUUID();
        apply(candidate, "{\"jobId\": \"%s\", \"note\": \"%s\"}".formatted(JobsStandIn.activeJob(), "n".repeat(2001)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("note"));
        assertNothingStoredFor(candidate);
    }

    @Test
    void aMalformedJobIdIsRefused() throws Exception {
        UUID candidate = UUID.randomUUID();
        apply(candidate, "{\"jobId\": \"job-42\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("jobId"));
        apply(candidate, "{}").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("jobId"));
        assertNothingStoredFor(candidate);
    }

    @Test
    void fieldsThePlatformSetsAreRefusedNotIgnored() throws Exception {
        UUID candidate = UUID.randomUUID();
        String job = JobsStandIn.activeJob().toString();
        apply(candidate, "{\"jobId\": \"%s\", \"status\": \"placed\"}".formatted(job)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        apply(candidate, "{\"jobId\": \"%s\", \"candidateId\": \"%s\"}".formatted(job, UUID.randomUUID()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("candidateId"));
        assertNothingStoredFor(candidate);
    }

    @Test
    void aMalformedApplicationIdMatchesNoRouteAndAnUnknownStatusIsRefused() throws Exception {
        UUID candidate = UUID.randomUUID();
        read(APPLICATIONS + "/12345", candidate, "candidate").andExpect(status().isNotFound());
        UUID id = id(anApplication(candidate));
        moveTo(id, "hired").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("status"));
        moveTo(id, "submitted").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("status"));
        assertThat(count("SELECT count(*) FROM application_status_history WHERE application_id = ?", id)).isEqualTo(1);
    }

    @Test
    void aDeactivatedCandidateCannotApply() throws Exception {
        UUID candidate = UUID.randomUUID();
        jdbc.update("INSERT INTO candidates (id, status) VALUES (?, 'DEACTIVATED')", candidate);
        apply(candidate, "{\"jobId\": \"%s\"}".formatted(JobsStandIn.activeJob())).andExpect(status().isForbidden());
        assertNothingStoredFor(candidate);
    }

    private void assertNothingStoredFor(UUID candidate) {
        assertThat(count("SELECT count(*) FROM applications WHERE candidate_id = ?", candidate)).isZero();
    }
}
