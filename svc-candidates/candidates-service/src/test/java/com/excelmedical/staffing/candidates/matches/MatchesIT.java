package com.excelmedical.staffing.candidates.matches;

import com.excelmedical.staffing.candidates.CandidatesIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static com.excelmedical.staffing.candidates.matches.MatchFixture.AVAILABLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Matches ranked by score on a fixture whose order is plain, without the jobs passed on or applied to. */
class MatchesIT extends CandidatesIT {

    @Autowired
    MatchQuery query;
    @Autowired
    MatchCriteriaFactory criteriaFactory;

    @Test
    void ranksJobsByScoreAndLeavesOutPassedAppliedAndClosedJobs() throws Exception {
        MatchFixture fixture = new MatchFixture(jdbc);
        UUID candidate = fixture.aTelemetryNurse();
        UUID partial = fixture.activeJob("ER", "Cheyenne", "WY", 2000, AVAILABLE.minusDays(30));
        UUID elsewhere = fixture.activeJob("TELE", "Reno", "NV", 3000, AVAILABLE.plusDays(10));
        UUID inState = fixture.activeJob("TELE", "Billings", "MT", 2300, AVAILABLE.plusDays(10));
        UUID perfect = fixture.activeJob("TELE", "Cheyenne", "WY", 3000, AVAILABLE.plusDays(10));
        UUID passed = fixture.activeJob("TELE", "Cheyenne", "WY", 3100, AVAILABLE.plusDays(10));
        UUID applied = fixture.activeJob("TELE", "Cheyenne", "WY", 3200, AVAILABLE.plusDays(10));
        UUID filled = fixture.job("TELE", "Cheyenne", "WY", 3300, AVAILABLE.plusDays(10), "filled", Instant.now());
        mvc.perform(post("/candidates/me/swipes").header("Authorization", bearer(candidate, "candidate"))
                .contentType("application/json").content("{\"jobId\": \"%s\", \"action\": \"pass\"}".formatted(passed)))
                .andExpect(status().isCreated());
        fixture.applied(candidate, applied);

        JsonNode page = json.readTree(matches(candidate, "?size=100").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        List<JsonNode> mine = new ArrayList<>();
        Set<String> fixtureJobs = Set.of(partial.toString(), elsewhere.toString(), inState.toString(), perfect.toString(),
                passed.toString(), applied.toString(), filled.toString());
        page.path("items").forEach(item -> {
            if (fixtureJobs.contains(item.path("jobId").asString())) {
                mine.add(item);
            }
        });
        assertThat(mine).extracting(item -> UUID.fromString(item.path("jobId").asString()))
                .containsExactly(perfect, inState, elsewhere, partial);
        assertThat(mine).extracting(item -> item.path("score").asInt()).containsExactly(100, 88, 65, 35);
        JsonNode best = mine.getFirst();
        assertThat(best.path("parts").toString())
                .isEqualTo("{\"specialty\":30,\"location\":20,\"pay\":15,\"eligibility\":25,\"availability\":10}");
        assertThat(best.path("title").asString()).isEqualTo("TELE RN Cheyenne");
        assertThat(best.path("startDate").asString()).isEqualTo(AVAILABLE.plusDays(10).toString());
        // an ER job asks for PALS and TNCC too, pays below 90 % of the minimum and starts a month early
        assertThat(mine.getLast().path("parts").toString())
                .isEqualTo("{\"specialty\":0,\"location\":20,\"pay\":0,\"eligibility\":15,\"availability\":0}");
        // Nevada honours no multistate license: certifications only
        assertThat(mine.get(2).path("parts").path("eligibility").asInt()).isEqualTo(10);
    }

    @Test
    void anEmptyProfileGetsTheNewestActiveJobsWithLowScores() throws Exception {
        MatchFixture fixture = new MatchFixture(jdbc);
        Instant now = Instant.now().plus(1, ChronoUnit.DAYS);
        UUID older = fixture.job("ICU", "Austin", "TX", 2600, AVAILABLE, "active", now.minusSeconds(60));
        UUID newer = fixture.job("MEDSURG", "Boise", "ID", 2400, AVAILABLE, "active", now);
        UUID candidate = UUID.randomUUID();

        JsonNode page = json.readTree(matches(candidate, "?size=2").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(page.path("items")).extracting(item -> UUID.fromString(item.path("jobId").asString()))
                .containsExactly(newer, older);
        assertThat(page.path("items")).extracting(item -> item.path("score").asInt()).containsOnly(0);
        assertThat(page.path("totalItems").asLong()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void pagingBeyondTheEndKeepsTheTotal() throws Exception {
        UUID candidate = new MatchFixture(jdbc).aTelemetryNurse();
        JsonNode first = json.readTree(matches(candidate, "?size=1").andReturn().getResponse().getContentAsString());
        long total = first.path("totalItems").asLong();
        JsonNode beyond = json.readTree(matches(candidate, "?size=100&page=" + (total / 100 + 1))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(beyond.path("items")).isEmpty();
        assertThat(beyond.path("totalItems").asLong()).isEqualTo(total);
    }

    @Test
    void thePreSelectionGivesThePagesAndTotalOfRankingTheWholeList() {
        MatchFixture fixture = new MatchFixture(jdbc);
        UUID candidate = fixture.aTelemetryNurse();
        fixture.activeJob("TELE", "Cheyenne", "WY", 3000, AVAILABLE.plusDays(10));
        fixture.activeJob("TELE", "Billings", "MT", 3000, AVAILABLE.plusDays(10));
        fixture.activeJob("TELE", "Billings", "MT", 2300, AVAILABLE.plusDays(100));
        fixture.activeJob("TELE", "Reno", "NV", 3000, AVAILABLE.plusDays(10));
        fixture.activeJob("ER", "Cheyenne", "WY", 3000, AVAILABLE.plusDays(10));
        MatchCriteria criteria = criteriaFactory.of(candidate);
        long total = Math.min(rankAll(criteria, 0, 100_000).size(), MatchQuery.COUNTED);

        // the candidate's best (100 and 95, in the specialty and a preferred place) outscore anything outside (at most 80)
        assertThat(query.preselected(criteria, 0, 2)).isPresent();
        for (int offset = 0; offset <= 3; offset++) {
            for (int size = 1; size <= 5; size++) {
                MatchPage page = query.rank(criteria, offset, size);
                assertThat(page.items()).as("offset %d, size %d", offset, size).isEqualTo(rankAll(criteria, offset, size));
                assertThat(page.total()).isEqualTo(total);
            }
        }
    }

    @Test
    void theTotalCountsEachJobOfTheSpecialtyOrThePlacesOnce() {
        MatchFixture fixture = new MatchFixture(jdbc);
        UUID candidate = fixture.aTelemetryNurse();
        fixture.activeJob("TELE", "Reno", "NV", 3000, AVAILABLE);
        fixture.activeJob("ER", "Billings", "MT", 3000, AVAILABLE);
        fixture.activeJob("TELE", "Billings", "MT", 3000, AVAILABLE);
        fixture.activeJobWithoutSpecialty("Cheyenne", "WY");
        fixture.activeJobWithoutSpecialty("Reno", "NV");
        fixture.applied(candidate, fixture.activeJob("ICU", "Cheyenne", "WY", 3000, AVAILABLE));
        fixture.passed(candidate, fixture.activeJob("TELE", "Billings", "MT", 2000, AVAILABLE));
        // passed on outside the list: the count reads one more job, and takes nothing away for it
        fixture.passed(candidate, fixture.activeJob("ER", "Reno", "NV", 2000, AVAILABLE));
        MatchCriteria criteria = criteriaFactory.of(candidate);
        int listed = rankAll(criteria, 0, 100_000).size();

        assertThat(query.count(criteria)).isEqualTo(Math.min(listed, MatchQuery.COUNTED));
        assertThat(query.page(query.listing(criteria, MatchQuery.ALL, 0, 1)).total()).isEqualTo(Math.min(listed, MatchQuery.COUNTED));
    }

    private List<ScoredJob> rankAll(MatchCriteria criteria, long offset, int size) {
        return query.list(query.listing(criteria, MatchQuery.ALL, offset, size));
    }

    private ResultActions matches(UUID candidate, String query) throws Exception {
        return mvc.perform(get("/candidates/me/matches" + query).header("Authorization", bearer(candidate, "candidate")));
    }
}
