package com.excelmedical.staffing.candidates.search;

import com.excelmedical.staffing.candidates.CandidatesIT;
import com.excelmedical.staffing.candidates.ReferenceStandIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code GET /candidates}: relevance, each filter, eligibility for a job, paging and sorting, who may search. */
class CandidateSearchIT extends CandidatesIT {

    static final LocalDate TODAY = LocalDate.now();

    SearchFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new SearchFixture(jdbc);
    }

    @Test
    void aNameOutranksATitleOutranksWorkHistoryOutranksAResumeAndNoContactDataIsShown() throws Exception {
        String word = unique();
        UUID byName = fixture.candidate("Nora", word, "ICU", "TX", null);
        UUID byTitle = fixture.candidate("Tom", "Title", "ICU", "TX", null);
        fixture.work(byTitle, "Mercy General", word + " charge nurse", "Staffing");
        UUID byHistory = fixture.candidate("Hank", "History", "ICU", "TX", null);
        fixture.work(byHistory, "Mercy General", "Staff nurse", "Precepted the " + word + " programme");
        UUID byResume = fixture.candidate("Rita", "Resume", "ICU", "TX", null);
        fixture.resume(byResume, "Summary: ten years, " + word + " unit.");
        fixture.candidate("Olga", "Other", "ICU", "TX", null);

        JsonNode page = search("q=" + word);
        assertThat(ids(page)).containsExactly(byName, byTitle, byHistory, byResume);
        List<Double> relevance = StreamSupport.stream(page.get("items").spliterator(), false)
                .map(item -> item.get("relevance").asDouble()).toList();
        assertThat(relevance).isSortedAccordingTo((a, b) -> Double.compare(b, a)).doesNotHaveDuplicates();
        JsonNode first = page.get("items").get(0);
        assertThat(first.get("firstName").asString()).isEqualTo("Nora");
        assertThat(first.get("professions").get(0).asString()).isEqualTo("RN");
        assertThat(first.get("yearsOfExperience").asInt()).isEqualTo(5);
        assertThat(first.propertyNames()).containsExactlyInAnyOrder("id", "firstName", "lastName", "city", "state", "specialty",
                "professions", "yearsOfExperience", "availableFrom", "licensedStates", "certifications", "relevance");
    }

    @Test
    void eachFilterAndTheAvailabilityOrderWithPages() throws Exception {
        String word = unique();
        UUID icuTexas = fixture.candidate("A", word, "ICU", "TX", TODAY.plusDays(10));
        UUID erTexas = fixture.candidate("B", word, "ER", "TX", TODAY.plusDays(40));
        UUID icuCalifornia = fixture.candidate("C", word, "ICU", "CA", null);
        UUID erNewYork = fixture.candidate("D", word, "ER", "NY", TODAY.plusDays(10));

        assertThat(ids(search("q=" + word + "&specialty=icu"))).containsExactlyInAnyOrder(icuTexas, icuCalifornia);
        assertThat(ids(search("q=" + word + "&state=TX"))).containsExactlyInAnyOrder(icuTexas, erTexas);
        assertThat(ids(search("q=" + word + "&availableBy=" + TODAY.plusDays(20)))).containsExactlyInAnyOrder(icuTexas, erNewYork);
        assertThat(ids(search("q=" + word + "&specialty=ER&state=TX"))).containsExactly(erTexas);

        // PostgreSQL orders uuids by their bytes, as their text does (UUID.compareTo is signed)
        List<UUID> soonest = icuTexas.toString().compareTo(erNewYork.toString()) < 0 ? List.of(icuTexas, erNewYork) : List.of(erNewYork, icuTexas);
        JsonNode first = search("q=" + word + "&sort=availability&size=3");
        assertThat(ids(first)).containsExactly(soonest.get(0), soonest.get(1), erTexas);
        assertThat(first.get("totalItems").asLong()).isEqualTo(4);
        assertThat(first.get("totalPages").asLong()).isEqualTo(2);
        assertThat(first.get("totalExact").asBoolean()).isTrue();
        assertThat(first.get("items").get(0).get("relevance").asDouble()).isPositive();
        assertThat(ids(search("q=" + word + "&sort=availability&size=3&page=1"))).containsExactly(icuCalifornia);
    }

    @Test
    void licensedInAndEligibleForCountDirectAndCompactLicensesAndTheJobsCertifications() throws Exception {
        String word = unique();
        LocalDate start = TODAY.plusDays(30);
        LocalDate end = TODAY.plusDays(120);
        LocalDate later = TODAY.plusYears(2);
        UUID compact = fixture.candidate("Florida", word, "ICU", "FL", null);
        fixture.license(compact, "FL", true, later);
        certified(compact, later, later);
        UUID californian = fixture.candidate("California", word, "ICU", "CA", null);
        fixture.license(californian, "CA", false, later);
        certified(californian, later, later);
        UUID aclsRunsOut = fixture.candidate("Midway", word, "ICU", "TX", null);
        fixture.license(aclsRunsOut, "TX", false, later);
        certified(aclsRunsOut, later, start.plusDays(30));
        UUID noAcls = fixture.candidate("Basic", word, "ICU", "TX", null);
        fixture.license(noAcls, "TX", false, later);
        fixture.certification(noAcls, "BLS", later);
        UUID partialHome = fixture.candidate("Penn", word, "ICU", "PA", null);
        fixture.license(partialHome, "PA", true, later);
        certified(partialHome, later, later);
        UUID lapsed = fixture.candidate("Lapsed", word, "ICU", "TX", null);
        fixture.license(lapsed, "TX", false, TODAY.minusDays(1));
        certified(lapsed, later, later);

        assertThat(ids(search("q=" + word + "&licensedIn=tx"))).containsExactlyInAnyOrder(compact, aclsRunsOut, noAcls);
        assertThat(ids(search("q=" + word + "&licensedIn=CA"))).containsExactly(californian);
        // with a specialty or home state, each remaining candidate's licenses are looked up instead: the same answer
        assertThat(ids(search("q=" + word + "&specialty=ICU&licensedIn=tx"))).containsExactlyInAnyOrder(compact, aclsRunsOut, noAcls);
        assertThat(ids(search("q=" + word + "&state=FL&licensedIn=TX"))).containsExactly(compact);
        assertThat(ids(search("q=" + word + "&state=TX&licensedIn=TX"))).containsExactlyInAnyOrder(aclsRunsOut, noAcls);

        UUID rn = ReferenceStandIn.professionId("RN");
        UUID icu = ReferenceStandIn.specialtyId("ICU");
        UUID texasJob = fixture.job("TX", rn, icu, start, end);
        UUID californiaJob = fixture.job("CA", rn, icu, start, end);
        assertThat(ids(search("q=" + word + "&eligibleFor=" + texasJob))).containsExactly(compact);
        assertThat(ids(search("q=" + word + "&eligibleFor=" + californiaJob))).containsExactly(californian);

        UUID twice = fixture.candidate("Twice", word, "ICU", "TX", TODAY.plusDays(3));
        fixture.license(twice, "TX", false, later);
        fixture.license(twice, "FL", true, later);
        certified(twice, later, later);
        // two licenses that both qualify: the candidate is found once; unknown availability sorts last
        assertThat(ids(search("q=" + word + "&eligibleFor=" + texasJob + "&sort=availability"))).containsExactly(twice, compact);

        JsonNode shown = search("q=" + word + "&eligibleFor=" + texasJob + "&state=FL").get("items").get(0);
        assertThat(shown.get("licensedStates").get(0).asString()).isEqualTo("FL");
        assertThat(shown.get("certifications").toString()).isEqualTo("[\"ACLS\",\"BLS\"]");
    }

    @Test
    void onlyStaffSearchAndBadParametersAreNamed() throws Exception {
        UUID candidate = UUID.randomUUID();
        mvc.perform(get("/candidates").header("Authorization", bearer(candidate, "candidate"))).andExpect(status().isForbidden());
        mvc.perform(get("/candidates")).andExpect(status().isUnauthorized());
        mvc.perform(get("/candidates").header("Authorization", bearer(UUID.randomUUID(), "admin"))).andExpect(status().isOk());

        refused("sort=newest", "sort");
        refused("state=XX", "state");
        refused("licensedIn=Texas", "licensedIn");
        refused("specialty=NOPE", "specialty");
        refused("availableBy=next-week", "availableBy");
        refused("eligibleFor=42", "eligibleFor");
        refused("size=0", "size");
        refused("page=-1", "page");
        refused("q=" + "a".repeat(CandidateSearchController.MAX_TEXT_LENGTH + 1), "q");

        staff("eligibleFor=" + UUID.randomUUID()).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.errors[0].field").value("eligibleFor"));
    }

    @Test
    void aTextOfStopWordsAloneSearchesEveryoneByAvailability() throws Exception {
        fixture.candidate("Any", unique(), "ICU", "TX", TODAY);
        String body = mvc.perform(get("/candidates").param("q", "the and of").param("size", "1")
                        .header("Authorization", bearer(UUID.randomUUID(), "recruiter")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        JsonNode page = json.readTree(body);
        assertThat(page.get("totalItems").asLong()).isPositive();
        assertThat(page.get("items").get(0).get("relevance").isNull()).isTrue();
    }

    private void certified(UUID candidate, LocalDate bls, LocalDate acls) {
        fixture.certification(candidate, "BLS", bls);
        fixture.certification(candidate, "ACLS", acls);
    }

    private void refused(String query, String field) throws Exception {
        staff(query).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value(field));
    }

    private ResultActions staff(String query) throws Exception {
        return mvc.perform(get("/candidates?" + query).header("Authorization", bearer(UUID.randomUUID(), "recruiter")));
    }

    JsonNode search(String query) throws Exception {
        String body = staff(query).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return json.readTree(body);
    }

    static List<UUID> ids(JsonNode page) {
        return StreamSupport.stream(page.get("items").spliterator(), false).map(item -> UUID.fromString(item.get("id").asString())).toList();
    }
}
