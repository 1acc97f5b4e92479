package com.excelmedical.staffing.referrals.share;

import com.excelmedical.staffing.referrals.ReferralsIT;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.UUID;

import static com.excelmedical.staffing.referrals.Producers.placed;
import static com.excelmedical.staffing.referrals.Producers.submitted;
import static com.excelmedical.staffing.referrals.Producers.travelIcuJob;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class JobShareIT extends ReferralsIT {

    @Test
    void aShareLinkCountsViewsApplicationsAndThePlacementsOfThoseApplications() throws Exception {
        UUID recruiter = UUID.randomUUID();
        UUID job = UUID.randomUUID();
        producers.send(travelIcuJob(job));
        await().until(() -> jdbc.queryForObject("select count(*) from job_snapshots where job_id = ?", Long.class, job) == 1);

        JsonNode share = read(postAs(recruiter, "/referrals/job-shares", "{\"jobId\": \"%s\"}".formatted(job), "recruiter")
                .andExpect(status().isCreated()));
        String code = share.get("code").asString();
        assertThat(share.get("url").asString()).isEqualTo("https://staffing.test/jobs/" + job + "?share=" + code);
        postAs(recruiter, "/referrals/job-shares", "{\"jobId\": \"%s\"}".formatted(job), "recruiter")
                .andExpect(status().isOk()).andExpect(jsonPath("$.code").value(code));

        mvc.perform(get("/referrals/job-shares/" + code.toLowerCase() + "/visit")).andExpect(status().isOk())
                .andExpect(jsonPath("$.jobId").value(job.toString()));
        mvc.perform(get("/referrals/job-shares/" + code + "/visit")).andExpect(status().isOk());
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        producers.sendAll(placed(first, job, UUID.randomUUID()),                       // the placement overtakes its submission
                submitted(first, job, UUID.randomUUID(), code), submitted(second, job, UUID.randomUUID(), code.toLowerCase()),
                submitted(UUID.randomUUID(), job, UUID.randomUUID(), null), submitted(UUID.randomUUID(), job, UUID.randomUUID(), "NOPE"));

        await().ignoreExceptions().until(() -> read(getAs(recruiter, "/referrals/job-shares/" + code, "recruiter"))
                .get("applications").asLong() == 2);
        JsonNode counters = read(getAs(UUID.randomUUID(), "/referrals/job-shares/" + code, "admin"));
        assertThat(counters.get("views").asLong()).isEqualTo(2);
        assertThat(counters.get("placements").asLong()).isEqualTo(1);
        getAs(UUID.randomUUID(), "/referrals/job-shares/" + code, "recruiter").andExpect(status().isForbidden());
    }

    @Test
    void unknownCodesAndJobsAreRefused() throws Exception {
        mvc.perform(get("/referrals/job-shares/ABCDEFGH/visit")).andExpect(status().isNotFound());
        mvc.perform(get("/referrals/job-shares/not-a-code/visit")).andExpect(status().isUnauthorized());
        postAs(UUID.randomUUID(), "/referrals/job-shares", "{\"jobId\": \"%s\"}".formatted(UUID.randomUUID()), "recruiter")
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("jobId"));
        postAs(UUID.randomUUID(), "/referrals/job-shares", "{\"jobId\": \"%s\"}".formatted(UUID.randomUUID()))
                .andExpect(status().isForbidden());
    }
}
