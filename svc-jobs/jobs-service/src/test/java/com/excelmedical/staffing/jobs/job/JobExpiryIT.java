package com.excelmedical.staffing.jobs.job;

import com.excelmedical.staffing.jobs.Jobs;
import com.excelmedical.staffing.jobs.JobsIT;
import com.excelmedical.staffing.platform.test.TopicReader;
import com.excelmedical.staffing.jobs.events.JobsTopics;
import com.excelmedical.staffing.platform.test.EventSchemas;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class JobExpiryIT extends JobsIT {

    @Autowired
    JobExpiry expiry;

    @Test
    void openJobsPastTheirEndDateExpireWithAnEvent() throws Exception {
        String ending = create("2031-02-01");
        String later = create("2031-06-01");

        assertThat(expiry.expireEndedBefore(LocalDate.of(2031, 3, 1))).isGreaterThanOrEqualTo(1);

        assertThat(jobStatus(ending)).isEqualTo("expired");
        assertThat(jobStatus(later)).isEqualTo("active");
        String event = TopicReader.awaitRecords(JobsTopics.JOBS,
                r -> ending.equals(r.key()) && r.value().contains("JobStatusChanged"), 1).getFirst().value();
        EventSchemas.assertValid(event);
        assertThat(event).contains("\"status\":\"expired\"");
    }

    private String create(String endDate) throws Exception {
        String body = mvc.perform(post("/jobs").header("Authorization", bearer(UUID.randomUUID(), "recruiter"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Jobs.anIcuJob().startDate("2031-01-01").endDate(endDate).build())))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(body).get("id").asString();
    }

    private String jobStatus(String id) {
        return jdbc.queryForObject("select status from jobs where id = ?::uuid", String.class, id);
    }
}
