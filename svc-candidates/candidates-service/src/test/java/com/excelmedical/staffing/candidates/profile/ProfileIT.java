package com.excelmedical.staffing.candidates.profile;

import com.excelmedical.staffing.candidates.CandidatesIT;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.excelmedical.staffing.candidates.profile.Profiles.anIcuTravelNurse;
import static com.excelmedical.staffing.candidates.profile.Profiles.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ProfileIT extends CandidatesIT {

    private final UUID candidate = UUID.randomUUID();

    @Test
    void aCandidateWhoseRegistrationHasNotArrivedStillHasAnEmptyProfile() throws Exception {
        mvc.perform(get("/candidates/me").header("Authorization", bearer(candidate, "candidate")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(candidate.toString()))
                .andExpect(jsonPath("$.status").value("active"))
                .andExpect(jsonPath("$.completion").value(0))
                .andExpect(jsonPath("$.missing", hasItem("specialty")))
                .andExpect(jsonPath("$.version").value(0));
        mvc.perform(get("/candidates/me").header("Authorization", bearer(candidate, "candidate"))).andExpect(status().isOk());

        assertThat(jdbc.queryForObject("SELECT count(*) FROM candidates WHERE id = ?", Integer.class, candidate)).isEqualTo(1);
    }

    @Test
    void theCandidateFillsTheProfileAndTheCompletionFollows() throws Exception {
        save(anIcuTravelNurse(0)).andExpect(status().isOk())
                .andExpect(jsonPath("$.specialty").value("ICU"))
                .andExpect(jsonPath("$.preferredStates", contains("CA", "TX")))
                .andExpect(jsonPath("$.jobTypes", contains("per_diem", "travel")))
                .andExpect(jsonPath("$.preferredCities[0].name").value("Austin"))
                .andExpect(jsonPath("$.weeklyPay.max").value(3100.5))
                .andExpect(jsonPath("$.address.country").value("US"))
                .andExpect(jsonPath("$.consents.email").value(true))
                .andExpect(jsonPath("$.missing", contains("name", "email")))
                .andExpect(jsonPath("$.completion").value(84))
                .andExpect(jsonPath("$.version").value(1));

        save(with(with(anIcuTravelNurse(1), "jobTypes", List.of("perm")), "address", null)).andExpect(status().isOk())
                .andExpect(jsonPath("$.jobTypes", contains("perm")))
                .andExpect(jsonPath("$.address").doesNotExist())
                .andExpect(jsonPath("$.completion").value(76))
                .andExpect(jsonPath("$.version").value(2));
        assertThat(jdbc.queryForList("SELECT job_type FROM candidate_job_types WHERE candidate_id = ?", String.class, candidate))
                .containsExactly("PERM");
    }

    @Test
    void anEditOfAnOlderVersionIsAConflict() throws Exception {
        save(anIcuTravelNurse(0)).andExpect(status().isOk());

        save(with(anIcuTravelNurse(0), "specialty", "ER")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        assertThat(jdbc.queryForObject("SELECT specialty FROM candidates WHERE id = ?", String.class, candidate)).isEqualTo("ICU");
    }

    @Test
    void twoEditsOfTheSameVersionAtOnceGiveOneSuccessAndOneConflict() throws Exception {
        mvc.perform(get("/candidates/me").header("Authorization", bearer(candidate, "candidate"))).andExpect(status().isOk());
        ExecutorService executor = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> answers = executor.invokeAll(List.of(
                    () -> save(with(anIcuTravelNurse(0), "specialty", "ICU")).andReturn().getResponse().getStatus(),
                    () -> save(with(anIcuTravelNurse(0), "specialty", "ER")).andReturn().getResponse().getStatus()));
            List<Integer> statuses = new java.util.ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        } finally {
            executor.shutdownNow();
        }
        assertThat(jdbc.queryForObject("SELECT version FROM candidates WHERE id = ?", Long.class, candidate)).isEqualTo(1);
    }

    @Test
    void invalidFieldsAre400NamingTheFieldAndNothingIsStored() throws Exception {
        Map<String, Object> valid = anIcuTravelNurse(0);
        refused(with(valid, "preferredStates", List.of("Texas")), "preferredStates[0]");
        refused(with(valid, "preferredStates", List.of("ZZ")), "preferredStates[0]");
        refused(with(valid, "preferredCities", List.of(Map.of("name", "Austin", "state", "tx"))), "preferredCities[0].state");
        refused(with(valid, "weeklyPay", Map.of("min", 3000, "max", 2000)), "weeklyPay.max");
        refused(with(valid, "weeklyPay", Map.of("min", "2400.005")), "weeklyPay.min");
        refused(with(valid, "weeklyPay", Map.of("min", 2400, "currency", "XYZ")), "weeklyPay.currency");
        refused(with(valid, "yearsOfExperience", 61), "yearsOfExperience");
        refused(with(valid, "yearsOfExperience", -1), "yearsOfExperience");
        refused(with(valid, "availableFrom", "2100-01-01"), "availableFrom");
        refused(with(valid, "availableFrom", "1990-01-01"), "availableFrom");
        refused(with(valid, "jobTypes", List.of("gig")), "jobTypes[0]");
        refused(with(valid, "travelStatus", "sometimes"), "travelStatus");
        refused(with(valid, "cellPhone", "call me"), "cellPhone");
        refused(with(valid, "version", null), "version");
        refused(with(valid, "status", "erased"), "status");
        refused(with(valid, "candidateId", UUID.randomUUID().toString()), "candidateId");

        assertThat(jdbc.queryForObject("SELECT count(*) FROM candidates WHERE id = ?", Integer.class, candidate)).isZero();
    }

    @Test
    void onlyCandidatesHaveAProfile() throws Exception {
        mvc.perform(get("/candidates/me").header("Authorization", bearer(candidate, "recruiter"))).andExpect(status().isForbidden());
        mvc.perform(get("/candidates/me")).andExpect(status().isUnauthorized());
    }

    private void refused(Map<String, Object> body, String field) throws Exception {
        save(body).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value(field));
    }

    private ResultActions save(Map<String, Object> body) throws Exception {
        return mvc.perform(put("/candidates/me").header("Authorization", bearer(candidate, "candidate"))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
    }
}
