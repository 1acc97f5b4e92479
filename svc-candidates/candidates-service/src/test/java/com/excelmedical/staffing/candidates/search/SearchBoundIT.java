package com.excelmedical.staffing.candidates.search;

import com.excelmedical.staffing.candidates.CandidatesIT;
import com.excelmedical.staffing.candidates.ReferenceStandIn;
import com.excelmedical.staffing.candidates.eligibility.JobRequirements;
import com.excelmedical.staffing.platform.paging.PageQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A search reads at most a bound of candidates, the soonest available that match: the total stops at the bound
 * and says it is not exact, relevance orders the bounded set, and pages past the bound are empty. Run with a
 * bound of 3 (the service's is {@link CandidateSearch#BOUND}).
 */
class SearchBoundIT extends CandidatesIT {

    static final LocalDate TODAY = LocalDate.now();

    @Autowired
    CandidateSearch search;
    @Autowired
    EligibleForJob jobs;

    SearchFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new SearchFixture(jdbc);
    }

    @Test
    void moreMatchesThanTheBoundAreCountedAsTheBoundAndRankedAmongTheSoonestAvailable() {
        String word = unique();
        UUID byName = fixture.candidate("Nora", word, "ICU", "TX", TODAY.plusDays(20));
        UUID byTitle = fixture.candidate("Tom", "Title", "ICU", "TX", TODAY.plusDays(10));
        fixture.work(byTitle, "Mercy General", word + " charge nurse", "Staffing");
        UUID byHistory = fixture.candidate("Hank", "History", "ICU", "TX", TODAY.plusDays(30));
        fixture.work(byHistory, "Mercy General", "Staff nurse", "Precepted the " + word + " programme");
        UUID latest = fixture.candidate("Lena", word, "ICU", "TX", TODAY.plusDays(40));

        CandidateSearchPage first = search.search(text(word), new PageQuery(0, 2), 3);
        assertThat(ids(first)).containsExactly(byName, byTitle);
        assertThat(first.totalItems()).isEqualTo(3);
        assertThat(first.totalPages()).isEqualTo(2);
        assertThat(first.totalExact()).isFalse();
        assertThat(ids(search.search(text(word), new PageQuery(1, 2), 3))).containsExactly(byHistory);
        assertThat(ids(search.search(text(word), new PageQuery(2, 2), 3))).isEmpty();

        CandidateSearchPage all = search.search(text(word), new PageQuery(0, 10), 4);
        assertThat(ids(all)).containsExactlyInAnyOrder(byName, latest, byTitle, byHistory);
        assertThat(all.totalItems()).isEqualTo(4);
        assertThat(all.totalExact()).isTrue();
    }

    @Test
    void eligibilityOverTheBoundKeepsTheAvailabilityOrderOfItsFirstPages() {
        String word = unique();
        List<UUID> soonestFirst = List.of(eligible(word, 1), eligible(word, 2), eligible(word, 3), eligible(word, 4));
        UUID job = fixture.job("TX", ReferenceStandIn.professionId("RN"), ReferenceStandIn.specialtyId("ICU"), TODAY.plusDays(30),
                TODAY.plusDays(120));
        JobRequirements requirements = jobs.requirements(job, TODAY);
        SearchCriteria criteria = new SearchCriteria(word, null, null, null, null, Optional.of(requirements), SearchSort.AVAILABILITY,
                TODAY);

        CandidateSearchPage bounded = search.search(criteria, new PageQuery(0, 10), 3);
        assertThat(ids(bounded)).containsExactlyElementsOf(soonestFirst.subList(0, 3));
        assertThat(bounded.totalItems()).isEqualTo(3);
        assertThat(bounded.totalExact()).isFalse();
    }

    @Test
    void eligibilityAloneWalksTheJobStatesLicensesSoonestAvailableFirstAndChecksTheJobOnEachRow() {
        // available long ago: sooner than any other candidate of the test database
        LocalDate longAgo = TODAY.minusYears(20);
        LocalDate later = TODAY.plusYears(2);
        LocalDate start = TODAY.plusDays(30);
        UUID compact = walked("Compact", longAgo.plusDays(1), "FL", true, later, later);
        walked("Runs out", longAgo.plusDays(2), "TX", false, later, start.plusDays(30));
        UUID noAcls = fixture.candidate("No ACLS", unique(), "ICU", "TX", longAgo.plusDays(3));
        fixture.license(noAcls, "TX", false, later);
        fixture.certification(noAcls, "BLS", later);
        walked("Lapsed", longAgo.plusDays(4), "TX", false, TODAY.minusDays(1), later);
        walked("Single state", longAgo.plusDays(5), "FL", false, later, later);
        UUID twice = walked("Twice", longAgo.plusDays(6), "TX", false, later, later);
        fixture.license(twice, "FL", true, later);
        UUID third = walked("Third", longAgo.plusDays(7), "TX", false, later, later);
        walked("Fourth", longAgo.plusDays(8), "TX", false, later, later);
        UUID job = fixture.job("TX", ReferenceStandIn.professionId("RN"), ReferenceStandIn.specialtyId("ICU"), start, TODAY.plusDays(120));
        SearchCriteria criteria = new SearchCriteria(null, null, null, null, null, Optional.of(jobs.requirements(job, TODAY)),
                SearchSort.AVAILABILITY, TODAY);
        assertThat(SearchConditions.of(criteria).walksEligibility()).isTrue();

        CandidateSearchPage bounded = search.search(criteria, new PageQuery(0, 10), 3);
        assertThat(ids(bounded)).containsExactly(compact, twice, third);
        assertThat(bounded.totalItems()).isEqualTo(3);
        assertThat(bounded.totalExact()).isFalse();
        assertThat(bounded.items().getFirst().availableFrom()).isEqualTo(longAgo.plusDays(1));
        assertThat(bounded.items().getFirst().certifications()).containsExactly("ACLS", "BLS");
    }

    private UUID walked(String name, LocalDate available, String licenseState, boolean multistate, LocalDate licenseExpires,
                        LocalDate aclsExpires) {
        UUID id = fixture.candidate(name, unique(), "ICU", licenseState, available);
        fixture.license(id, licenseState, multistate, licenseExpires);
        fixture.certification(id, "BLS", TODAY.plusYears(2));
        fixture.certification(id, "ACLS", aclsExpires);
        return id;
    }

    private UUID eligible(String word, int days) {
        UUID id = fixture.candidate("E" + days, word, "ICU", "FL", TODAY.plusDays(days));
        fixture.license(id, "FL", true, TODAY.plusYears(2));
        fixture.certification(id, "BLS", TODAY.plusYears(2));
        fixture.certification(id, "ACLS", TODAY.plusYears(2));
        return id;
    }

    private static SearchCriteria text(String word) {
        return new SearchCriteria(word, null, null, null, null, Optional.empty(), SearchSort.RELEVANCE, TODAY);
    }

    private static List<UUID> ids(CandidateSearchPage page) {
        return page.items().stream().map(CandidateSummaryResponse::id).toList();
    }
}
