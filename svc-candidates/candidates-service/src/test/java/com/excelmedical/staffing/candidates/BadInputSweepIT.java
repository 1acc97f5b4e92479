package com.excelmedical.staffing.candidates;

import com.excelmedical.staffing.platform.test.sweep.BadInputSweep;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

import java.time.LocalDate;
import java.util.UUID;

/** Every operation of the served document, sent bad input: no 5xx, problem details, nothing stored. */
class BadInputSweepIT extends CandidatesIT {

    private static final LocalDate TODAY = LocalDate.now();

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
                               (select count(*) from candidate_resumes) as resumes,
                               (select count(*) from candidate_resumes where accepted_at is not null) as accepted_resumes,
                               (select count(*) from candidate_licenses) as licenses,
                               (select count(*) from candidate_certifications) as certifications,
                               (select count(*) from candidate_work_experiences) as work_experiences,
                               (select count(*) from candidate_education) as education,
                               (select count(*) from candidate_licenses where verified_by is not null)
                                 + (select count(*) from candidate_certifications where verified_by is not null) as verified,
                               (select count(*) from credential_expiry_notices) as expiry_notices,
                               (select count(*) || ':' || coalesce(max(swiped_at)::text, '') from candidate_job_swipes) as swipes""".strip()))
                .validBody("POST /candidates/applications", "{\"jobId\": \"%s\", \"note\": \"Sweep\"}".formatted(job))
                .validBody("POST /candidates/applications/{applicationId}/status", "{\"status\": \"reviewing\"}")
                .validBody("POST /candidates/me/resumes/{resumeId}/accept", "{\"fields\": [{\"field\": \"workHistory\"}]}")
                .validBody("POST /candidates/me/licenses", license(null))
                .validBody("PUT /candidates/me/licenses/{licenseId}", license(0))
                .validBody("POST /candidates/me/certifications", certification(null))
                .validBody("PUT /candidates/me/certifications/{certificationId}", certification(0))
                .validBody("POST /candidates/me/work-experience", workExperience(null))
                .validBody("PUT /candidates/me/work-experience/{experienceId}", workExperience(0))
                .validBody("POST /candidates/me/education", education(null))
                .validBody("PUT /candidates/me/education/{educationId}", education(0))
                .validBody("POST /candidates/{candidateId}/licenses/{licenseId}/verification", "{\"method\": \"NURSYS\"}")
                .validBody("POST /candidates/{candidateId}/certifications/{certificationId}/verification", "{\"method\": \"DOCUMENT\"}")
                .validBody("POST /candidates/me/swipes", "{\"jobId\": \"%s\", \"action\": \"save\"}".formatted(job))
                .run();
    }

    private static String version(Integer version) {
        return version == null ? "" : "\"version\": " + version + ", ";
    }

    private static String license(Integer version) {
        return """
                {%s"licenseType": "RN", "stateCode": "TX", "licenseNumber": "RN-123456", "multistate": true,
                 "issuedOn": "%s", "expiresOn": "%s"}""".formatted(version(version), TODAY.minusYears(1), TODAY.plusYears(1));
    }

    private static String certification(Integer version) {
        return """
                {%s"certificationCode": "ACLS", "issuingBody": "American Heart Association", "credentialNumber": "A-1",
                 "issuedOn": "%s", "expiresOn": "%s"}""".formatted(version(version), TODAY.minusYears(1), TODAY.plusYears(1));
    }

    private static String workExperience(Integer version) {
        return """
                {%s"employer": "St. Mary", "title": "Staff RN", "specialty": "ICU", "city": "Austin", "stateCode": "TX",
                 "startedOn": "%s", "endedOn": "%s", "responsibilities": "Twelve ICU beds"}"""
                .formatted(version(version), TODAY.minusYears(3), TODAY.minusYears(1));
    }

    private static String education(Integer version) {
        return """
                {%s"institution": "UT Austin", "degree": "BSN", "field": "Nursing", "startedOn": "2012-09-01",
                 "completedOn": "2016-05-15"}""".formatted(version(version));
    }
}
