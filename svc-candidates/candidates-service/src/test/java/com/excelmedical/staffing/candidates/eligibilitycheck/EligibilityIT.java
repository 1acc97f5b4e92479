package com.excelmedical.staffing.candidates.eligibilitycheck;

import com.excelmedical.staffing.candidates.CandidatesIT;
import com.excelmedical.staffing.candidates.JobsStandIn;
import com.excelmedical.staffing.candidates.ReferenceStandIn;
import com.excelmedical.staffing.candidates.jobs.JobSnapshot;
import com.excelmedical.staffing.candidates.jobs.JobSnapshots;
import com.excelmedical.staffing.candidates.jobs.JobState;
import com.excelmedical.staffing.candidates.jobs.JobTerms;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code GET /candidates/me/eligibility/{jobId}} from credentials stored in the credential tables, and the
 * eligibility kept with a new application and shown with it. Jobs in TX (a compact member) of specialty ICU
 * (RN; BLS and ACLS) unless a test says otherwise, starting in 30 days for 13 weeks.
 */
class EligibilityIT extends CandidatesIT {

    private static final LocalDate TODAY = LocalDate.now();
    private static final LocalDate START = TODAY.plusDays(30);
    private static final LocalDate END = START.plusWeeks(13);
    private static final LocalDate LATER = TODAY.plusYears(2);

    @Autowired
    JobSnapshots snapshots;

    @Test
    void aCompactLicenseFromAMemberStateAndCurrentCertificationsMakeACandidateEligible() throws Exception {
        UUID candidate = candidate();
        license(candidate, "RN", "FL", true, LATER);
        certification(candidate, "BLS", LATER);
        certification(candidate, "ACLS", END);
        UUID job = snapshot("TX", "ICU");

        JsonNode answer = body(check(candidate, job).andExpect(status().isOk()));

        assertThat(answer.get("jobId").asString()).isEqualTo(job.toString());
        assertThat(answer.get("eligible").asBoolean()).isTrue();
        assertThat(answer.get("reasons")).isEmpty();
        assertThat(Instant.parse(answer.get("checkedAt").asString())).isBetween(Instant.now().minusSeconds(60), Instant.now());
    }

    @Test
    void everyReasonIsListedAndAnotherCandidateSeesOnlyTheirOwnAnswer() throws Exception {
        UUID candidate = candidate();
        license(candidate, "RN", "CA", false, LATER);
        certification(candidate, "BLS", START.plusDays(10));
        UUID job = snapshot("TX", "ICU");

        JsonNode answer = body(check(candidate, job).andExpect(status().isOk()));

        assertThat(answer.get("eligible").asBoolean()).isFalse();
        assertThat(codes(answer.get("reasons"))).containsExactly("no_license_in_state",
                "certification_expires_during_assignment:BLS", "certification_missing:ACLS");
        assertThat(answer.get("reasons").get(0).get("detail").asString()).contains("TX");
        assertThat(answer.get("reasons").get(1).get("detail").asString()).contains("BLS", END.toString());

        UUID other = UUID.randomUUID();
        JsonNode theirs = body(check(other, job).andExpect(status().isOk()));
        assertThat(codes(theirs.get("reasons"))).containsExactly("no_license_in_state", "certification_missing:BLS",
                "certification_missing:ACLS");
        assertThat(theirs.toString()).doesNotContain(candidate.toString()).doesNotContain("CA");
    }

    @Test
    void anUnknownJobIsNotFoundAndAJobWithoutItsDetailsIsNotCheckedYet() throws Exception {
        UUID candidate = candidate();
        UUID unknown = UUID.randomUUID();
        check(candidate, unknown).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.errors[0].field").value("jobId"))
                .andExpect(jsonPath("$.detail").value(containsString(unknown.toString())));

        UUID bare = UUID.randomUUID();
        snapshots.storeIfNewer(new JobSnapshot(bare, "Old RN", "Mercy", "Austin", "TX", JobState.ACTIVE, Instant.now()));
        check(candidate, bare).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("jobId"))
                .andExpect(jsonPath("$.detail").value(containsString("job details not known yet")));

        mvc.perform(MockMvcRequestBuilders.get(
                        "/candidates/me/eligibility/" + bare).header("Authorization", bearer(UUID.randomUUID(), "recruiter")))
                .andExpect(status().isForbidden());
    }

    @Test
    void anApplicationKeepsTheEligibilityOfWhenItWasMadeAndStaffSeeIt() throws Exception {
        UUID candidate = candidate();
        license(candidate, "RN", "TX", false, LATER);
        certification(candidate, "BLS", LATER);
        certification(candidate, "ACLS", TODAY.plusDays(5));
        UUID job = JobsStandIn.activeJob("TX", "ICU", START, END);

        JsonNode applied = body(apply(candidate, job).andExpect(status().isCreated()));
        assertThat(applied.get("eligibility").get("eligible").asBoolean()).isFalse();
        assertThat(codes(applied.get("eligibility").get("reasons"))).containsExactly("certification_expired:ACLS");
        String id = applied.get("id").asString();

        String recruiter = bearer(UUID.randomUUID(), "recruiter");
        JsonNode staffView = body(mvc.perform(MockMvcRequestBuilders.get(
                "/candidates/applications/" + id).header("Authorization", recruiter)).andExpect(status().isOk()));
        assertThat(codes(staffView.get("eligibility").get("reasons"))).containsExactly("certification_expired:ACLS");
        assertThat(staffView.get("eligibility").get("reasons").get(0).get("detail").asString()).contains("ACLS");
        assertThat(staffView.get("eligibility").get("checkedAt").asString()).isEqualTo(applied.get("eligibility").get("checkedAt").asString());

        JsonNode listed = body(mvc.perform(MockMvcRequestBuilders.get(
                "/candidates/applications").param("jobId", job.toString()).header("Authorization", recruiter)).andExpect(status().isOk()));
        assertThat(listed.get("items")).hasSize(1);
        assertThat(listed.get("items").get(0).get("eligibility").get("eligible").asBoolean()).isFalse();
        assertThat(codes(listed.get("items").get(0).get("eligibility").get("reasons"))).containsExactly("certification_expired:ACLS");

        Map<String, Object> stored = jdbc.queryForMap(
                "SELECT eligible, eligibility_reasons::text AS reasons, eligibility_checked_at FROM applications WHERE id = ?::uuid", id);
        assertThat(stored.get("eligible")).isEqualTo(false);
        assertThat((String) stored.get("reasons")).contains("certification_expired:ACLS");
        assertThat(stored.get("eligibility_checked_at")).isNotNull();
    }

    @Test
    void theSnapshotHeldComesFirstAndAJobWithoutDetailsStoresTheApplicationWithoutEligibility() throws Exception {
        UUID candidate = candidate();
        license(candidate, "RN", "CA", false, LATER);
        certification(candidate, "BLS", LATER);
        // svc-jobs answers an ICU job in TX; the snapshot held (from its events) says MEDSURG in CA, BLS only
        UUID job = JobsStandIn.activeJob("TX", "ICU", START, END);
        snapshots.storeIfNewer(new JobSnapshot(job, "MedSurg RN", "Mercy", "Fresno", "CA", JobState.ACTIVE, Instant.now(),
                terms("MEDSURG")));

        JsonNode applied = body(apply(candidate, job).andExpect(status().isCreated()));
        assertThat(applied.get("eligibility").get("eligible").asBoolean()).isTrue();
        assertThat(applied.get("eligibility").get("reasons")).isEmpty();
        // the answer shows the job as the snapshot holds it
        assertThat(applied.get("job").get("title").asString()).isEqualTo("MedSurg RN");

        UUID vague = UUID.randomUUID();
        JobsStandIn.server().stubFor(get(urlEqualTo("/jobs/" + vague)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"id": "%s", "title": "Vague RN", "stateCode": "TX", "status": "active"}""".formatted(vague))));
        JsonNode unknown = body(apply(candidate, vague).andExpect(status().isCreated()));
        assertThat(unknown.get("eligibility").isNull()).isTrue();
        assertThat(jdbc.queryForObject("SELECT eligible FROM applications WHERE id = ?::uuid", Boolean.class,
                unknown.get("id").asString())).isNull();
    }

    private UUID candidate() {
        UUID id = UUID.randomUUID();
        jdbc.update("INSERT INTO candidates (id, status) VALUES (?, 'ACTIVE')", id);
        return id;
    }

    private void license(UUID candidate, String type, String state, boolean multistate, LocalDate expiresOn) {
        jdbc.update("""
                INSERT INTO candidate_licenses (id, candidate_id, license_type, state_code, license_number, multistate, issued_on, expires_on)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", UUID.randomUUID(), candidate, type, state, "N" + unique().substring(2, 9),
                multistate, TODAY.minusYears(3), expiresOn);
    }

    private void certification(UUID candidate, String code, LocalDate expiresOn) {
        jdbc.update("""
                INSERT INTO candidate_certifications (id, candidate_id, certification_code, issued_on, expires_on)
                VALUES (?, ?, ?, ?, ?)""", UUID.randomUUID(), candidate, code, TODAY.minusYears(1), expiresOn);
    }

    private UUID snapshot(String state, String specialty) {
        UUID job = UUID.randomUUID();
        snapshots.storeIfNewer(new JobSnapshot(job, specialty + " RN", "Mercy", "Somewhere", state, JobState.ACTIVE, Instant.now(),
                terms(specialty)));
        return job;
    }

    private static JobTerms terms(String specialty) {
        return new JobTerms(ReferenceStandIn.professionId(ReferenceStandIn.professionOf(specialty)),
                ReferenceStandIn.specialtyId(specialty), specialty, "travel", "night", UUID.randomUUID(), START, END,
                new BigDecimal("2500.00"), "USD");
    }

    private ResultActions check(UUID candidate, UUID job) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(
                "/candidates/me/eligibility/" + job).header("Authorization", bearer(candidate, "candidate")));
    }

    private ResultActions apply(UUID candidate, UUID job) throws Exception {
        return mvc.perform(post("/candidates/applications").header("Authorization", bearer(candidate, "candidate"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"jobId\": \"%s\"}".formatted(job)));
    }

    private JsonNode body(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    private static List<String> codes(JsonNode reasons) {
        return StreamSupport.stream(reasons.spliterator(), false).map(reason -> reason.get("code").asString()).toList();
    }
}
