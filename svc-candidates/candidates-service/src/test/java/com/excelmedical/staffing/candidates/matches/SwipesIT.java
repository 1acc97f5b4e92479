package com.excelmedical.staffing.candidates.matches;

import com.excelmedical.staffing.candidates.CandidatesIT;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;

import java.time.Instant;
import java.util.UUID;

import static com.excelmedical.staffing.candidates.matches.MatchFixture.AVAILABLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Swipes: one per candidate and job, the last action winning; the saved list; refusals; each candidate's own. */
class SwipesIT extends CandidatesIT {

    @Test
    void theLastSwipeWinsAndSavedJobsAreListedNewestFirst() throws Exception {
        MatchFixture fixture = new MatchFixture(jdbc);
        UUID candidate = fixture.aTelemetryNurse();
        UUID first = fixture.activeJob("TELE", "Cheyenne", "WY", 3000, AVAILABLE.plusDays(10));
        UUID second = fixture.activeJob("TELE", "Billings", "MT", 2300, AVAILABLE.plusDays(10));

        swipe(candidate, first, "like").andExpect(status().isCreated()).andExpect(jsonPath("$.matchScore").value(100))
                .andExpect(jsonPath("$.parts.location").value(20));
        swipe(candidate, first, "save").andExpect(status().isOk()).andExpect(jsonPath("$.action").value("save"));
        swipe(candidate, second, "save").andExpect(status().isCreated());
        saved(candidate).andExpect(status().isOk()).andExpect(jsonPath("$.totalItems").value(2))
                .andExpect(jsonPath("$.items[0].jobId").value(second.toString()))
                .andExpect(jsonPath("$.items[0].matchScore").value(88))
                .andExpect(jsonPath("$.items[1].jobId").value(first.toString()))
                .andExpect(jsonPath("$.items[1].title").value("TELE RN Cheyenne"))
                .andExpect(jsonPath("$.items[1].weeklyPay").isNumber())
                .andExpect(jsonPath("$.items[1].status").value("active"));
        matches(candidate).andExpect(jsonPath("$.items[?(@.jobId == '%s')].swiped".formatted(first)).value("save"));

        swipe(candidate, first, "pass").andExpect(status().isOk());
        assertThat(jdbc.queryForObject("SELECT count(*) || ':' || max(action) FROM candidate_job_swipes WHERE candidate_id = ? AND job_id = ?",
                String.class, candidate, first)).isEqualTo("1:pass");
        saved(candidate).andExpect(jsonPath("$.totalItems").value(1));
        matches(candidate).andExpect(jsonPath("$.items[*].jobId", not(hasItem(first.toString()))));

        mvc.perform(delete("/candidates/me/swipes/" + first).header("Authorization", bearer(candidate, "candidate")))
                .andExpect(status().isNoContent());
        matches(candidate).andExpect(jsonPath("$.items[*].jobId", hasItem(first.toString())));
    }

    @Test
    void oneCandidateNeverSeesNorRemovesAnothersSwipes() throws Exception {
        MatchFixture fixture = new MatchFixture(jdbc);
        UUID owner = fixture.aTelemetryNurse();
        UUID other = fixture.aTelemetryNurse();
        UUID job = fixture.activeJob("TELE", "Cheyenne", "WY", 3000, AVAILABLE.plusDays(10));
        swipe(owner, job, "save").andExpect(status().isCreated());

        saved(other).andExpect(jsonPath("$.totalItems").value(0));
        mvc.perform(delete("/candidates/me/swipes/" + job).header("Authorization", bearer(other, "candidate")))
                .andExpect(status().isNoContent());
        saved(owner).andExpect(jsonPath("$.items[0].jobId").value(job.toString()));
        mvc.perform(get("/candidates/me/saved").header("Authorization", bearer(owner, "recruiter"))).andExpect(status().isForbidden());
    }

    @Test
    void anUnknownJobIsNotFoundAndAJobNoLongerActiveIsRefused() throws Exception {
        MatchFixture fixture = new MatchFixture(jdbc);
        UUID candidate = fixture.aTelemetryNurse();
        UUID filled = fixture.job("TELE", "Cheyenne", "WY", 3000, AVAILABLE, "filled", Instant.now());

        swipe(candidate, UUID.randomUUID(), "like").andExpect(status().isNotFound())
                .andExpect(jsonPath("$.errors[0].field").value("jobId"));
        swipe(candidate, filled, "save").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("jobId"));
        swipe(candidate, filled, "maybe").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("action"));
        mvc.perform(post("/candidates/me/swipes").header("Authorization", bearer(candidate, "candidate")).contentType("application/json")
                        .content("{\"jobId\": \"%s\", \"action\": \"like\", \"matchScore\": 100}".formatted(filled)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("matchScore"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM candidate_job_swipes WHERE candidate_id = ?", Long.class, candidate))
                .isZero();
    }

    private ResultActions swipe(UUID candidate, UUID job, String action) throws Exception {
        return mvc.perform(post("/candidates/me/swipes").header("Authorization", bearer(candidate, "candidate"))
                .contentType("application/json").content("{\"jobId\": \"%s\", \"action\": \"%s\"}".formatted(job, action)));
    }

    private ResultActions saved(UUID candidate) throws Exception {
        return mvc.perform(get("/candidates/me/saved").header("Authorization", bearer(candidate, "candidate")));
    }

    private ResultActions matches(UUID candidate) throws Exception {
        return mvc.perform(get("/candidates/me/matches?size=100").header("Authorization", bearer(candidate, "candidate")));
    }
}
