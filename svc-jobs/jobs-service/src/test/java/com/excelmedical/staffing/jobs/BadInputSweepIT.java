package com.excelmedical.staffing.jobs;

import com.excelmedical.staffing.platform.test.sweep.BadInputSweep;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/** Every operation of the served document, sent bad input: no 5xx, problem details, no job or alert stored. */
class BadInputSweepIT extends JobsIT {

    @Value("${local.server.port}")
    int port;

    @Test
    void badInputIsRefusedWithProblemDetailsAndNothingIsStored() throws Exception {
        String specialty = jdbc.queryForObject("select id::text from specialties order by name limit 1", String.class);
        BadInputSweep.against(port)
                .stored(() -> jdbc.queryForList("select (select count(*) from jobs) as jobs, (select count(*) from job_alerts) as alerts"))
                .validBody("POST /jobs", """
                        {"title": "Sweep RN", "specialtyId": "%s", "jobType": "travel", "facilityName": "Sweep Hospital",
                         "stateCode": "TX", "startDate": "2031-03-02", "openings": 1, "hoursPerWeek": 36, "weeklyPay": 2000}
                        """.formatted(specialty))
                .validBody("PUT /jobs/{jobId}", """
                        {"title": "Sweep RN", "specialtyId": "%s", "jobType": "travel", "facilityName": "Sweep Hospital",
                         "stateCode": "TX", "startDate": "2031-03-02", "openings": 1, "version": 0}
                        """.formatted(specialty))
                .validBody("POST /jobs/{jobId}/status", "{\"status\": \"closed\"}")
                .validBody("POST /jobs/alerts", "{\"name\": \"Sweep\", \"frequency\": \"daily\"}")
                // a partial feed: a full one would close every imported job it does not list
                .validBody("POST /jobs/imports", "{\"fullFeed\": false, \"jobs\": []}")
                .run();
    }
}
