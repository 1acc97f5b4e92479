package com.excelmedical.staffing.candidates;

import com.excelmedical.staffing.platform.test.sweep.BadInputSweep;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

import java.util.UUID;

/** Every operation of the served document, sent bad input: no 5xx, problem details, nothing stored. */
class BadInputSweepIT extends CandidatesIT {

    @Value("${local.server.port}")
    int port;

    @Test
    void badInputIsRefusedWithProblemDetailsAndNothingIsStored() throws Exception {
        UUID job = JobsStandIn.activeJob();
        jdbc.update("INSERT INTO job_snapshots (job_id, title, state_code, status, occurred_at) VALUES (?, 'Sweep RN', 'TX', 'active', now())",
                job);
        BadInputSweep.against(port)
                .stored(() -> jdbc.queryForList("""
                        select (select count(*) from applications) as applications,
                               (select count(*) from application_status_history) as history,
                               (select count(*) from idempotency_keys) as idempotency_keys,
                               (select count(*) from personal_data_access_log) as personal_data_reads,
                               (select count(*) || ':' || coalesce(max(swiped_at)::text, '') from candidate_job_swipes) as swipes""".strip()))
                .validBody("POST /candidates/applications", "{\"jobId\": \"%s\", \"note\": \"Sweep\"}".formatted(job))
                .validBody("POST /candidates/applications/{applicationId}/status", "{\"status\": \"reviewing\"}")
                .validBody("POST /candidates/me/swipes", "{\"jobId\": \"%s\", \"action\": \"save\"}".formatted(job))
                .run();
    }
}
