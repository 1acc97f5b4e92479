package com.excelmedical.staffing.candidates.matches;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** When the jobs in the candidate's specialty and places alone decide a page. */
class PreSelectionTest {

    private static final UUID SPECIALTY = UUID.randomUUID();

    @Test
    void aProfileWithoutSpecialtyOrPlacesHasNone() {
        assertThat(PreSelection.of(criteria(null, Set.of("TX"), null, null))).isEmpty();
        assertThat(PreSelection.of(criteria(SPECIALTY, Set.of(), null, null))).isEmpty();
    }

    @Test
    void aJobOutsideScoresAtMostTheSpecialtyAndEveryPartThePreSelectionDoesNotDecide() {
        assertThat(PreSelection.of(criteria(SPECIALTY, Set.of("TX"), null, null)).orElseThrow().bestOutside()).isEqualTo(55);
        assertThat(PreSelection.of(criteria(SPECIALTY, Set.of("TX"), BigDecimal.valueOf(2500), LocalDate.now()))
                .orElseThrow().bestOutside()).isEqualTo(80);
    }

    @Test
    void itDecidesWhenItHasEveryJobWantedAndTheLastOutscoresAnyJobOutside() {
        PreSelection preselection = PreSelection.of(criteria(SPECIALTY, Set.of("TX"), BigDecimal.ONE, LocalDate.now())).orElseThrow();
        assertThat(preselection.decides(jobs(100, 90, 81), 3)).isTrue();
        assertThat(preselection.decides(jobs(100, 90, 80), 3)).as("a job outside may tie and be newer").isFalse();
        assertThat(preselection.decides(jobs(100, 90), 3)).as("fewer than wanted").isFalse();
    }

    private static MatchCriteria criteria(UUID specialty, Set<String> states, BigDecimal payMin, LocalDate available) {
        MatchProfile profile = new MatchProfile(specialty == null ? null : "ICU", List.of("RN"), states, Set.of(), payMin, available);
        return new MatchCriteria(UUID.randomUUID(), LocalDate.now(), profile, specialty, List.of(), Map.of(), Map.of());
    }

    private static List<ScoredJob> jobs(int... scores) {
        return IntStream.of(scores).mapToObj(score -> new ScoredJob(UUID.randomUUID(), "ICU RN", "Mercy", "Austin", "TX",
                BigDecimal.TEN, LocalDate.now(), "active", parts(score), null)).toList();
    }

    /** Specialty and city, then pay, eligibility and availability filled in that order up to the score. */
    private static MatchParts parts(int score) {
        int pay = Math.min(MatchParts.PAY, score - 50);
        int eligibility = Math.min(MatchParts.ELIGIBILITY, score - 50 - pay);
        return new MatchParts(MatchParts.SPECIALTY, MatchParts.LOCATION, pay, eligibility, score - 50 - pay - eligibility);
    }
}
