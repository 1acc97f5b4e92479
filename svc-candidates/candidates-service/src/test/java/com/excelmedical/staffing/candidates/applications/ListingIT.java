package com.excelmedical.staffing.candidates.applications;

import com.excelmedical.staffing.candidates.JobsStandIn;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ListingIT extends ApplicationsIT {

    @Test
    void aCandidateListsOnlyTheirOwnNewestFirstWithTheJobFromTheSnapshot() throws Exception {
        UUID candidate = UUID.randomUUID();
        UUID first = id(anApplication(candidate));
        UUID second = id(anApplication(candidate));
        UUID third = id(anApplication(candidate));
        anApplication(UUID.randomUUID());
        int callsBefore = JobsStandIn.server().getAllServeEvents().size();

        read(APPLICATIONS + "?size=2", candidate, "candidate").andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(3))
                .andExpect(jsonPath("$.totalPages").value(2))
                .andExpect(jsonPath("$.items[0].id").value(third.toString()))
                .andExpect(jsonPath("$.items[1].id").value(second.toString()))
                .andExpect(jsonPath("$.items[0].job.title").exists())
                .andExpect(jsonPath("$.items[0].job.facilityName").value("Mercy General"))
                .andExpect(jsonPath("$.items[0].job.cityName").value("Austin"))
                .andExpect(jsonPath("$.items[0].job.stateCode").value("TX"));
        read(APPLICATIONS + "?size=2&page=1", candidate, "candidate")
                .andExpect(jsonPath("$.totalItems").value(3))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].id").value(first.toString()));
        read(APPLICATIONS + "?size=2&page=5", candidate, "candidate")
                .andExpect(jsonPath("$.totalItems").value(3))
                .andExpect(jsonPath("$.items.length()").value(0));
        read(APPLICATIONS, UUID.randomUUID(), "candidate")
                .andExpect(jsonPath("$.totalItems").value(0))
                .andExpect(jsonPath("$.totalPages").value(0));

        assertThat(JobsStandIn.server().getAllServeEvents()).hasSize(callsBefore);
    }

    @Test
    void staffFilterByJobStatusAndCandidate() throws Exception {
        UUID job = JobsStandIn.activeJob();
        UUID alice = UUID.randomUUID();
        UUID aliceApplication = id(applied(alice, job));
        UUID bobApplication = id(applied(UUID.randomUUID(), job));
        moveTo(bobApplication, "reviewing");
        UUID recruiter = UUID.randomUUID();

        read(APPLICATIONS + "?jobId=" + job, recruiter, "recruiter").andExpect(jsonPath("$.totalItems").value(2));
        read(APPLICATIONS + "?jobId=" + job + "&status=reviewing", recruiter, "recruiter")
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].id").value(bobApplication.toString()));
        read(APPLICATIONS + "?candidateId=" + alice, recruiter, "admin")
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].id").value(aliceApplication.toString()));
    }

    @Test
    void aCandidateCannotListSomeoneElseAndUnknownStatusesAreRefused() throws Exception {
        UUID candidate = UUID.randomUUID();
        read(APPLICATIONS + "?candidateId=" + UUID.randomUUID(), candidate, "candidate").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("candidateId"));
        read(APPLICATIONS + "?status=hired", candidate, "candidate").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        read(APPLICATIONS + "?jobId=not-a-uuid", candidate, "candidate").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("jobId"));
        read(APPLICATIONS, candidate, "editor").andExpect(status().isForbidden());
    }
}
