package com.excelmedical.staffing.candidates.matches;

import java.util.List;
import java.util.Optional;

/**
 * The jobs a complete profile's first pages come from: those in the candidate's specialty <em>and</em> in
 * their preferred states (or their cities' states), read through {@code job_snapshots_active_scoring} (specialty,
 * state). Any other job misses either the specialty (30) or the location (15-20) part, so it scores at most
 * {@code bestOutside}: specialty 30 plus every part the pre-selection does not decide (eligibility 25, and
 * pay 15 and availability 10 when the profile sets them). When the pre-selection's n-th best scores above
 * that, the n best of the pre-selection are the n best of all; otherwise the whole list is ranked.
 */
record PreSelection(String where, int bestOutside) {

    /**
     * The specialty as a one-element {@code ANY}, not {@code =}: an equality would let the planner carry the
     * parameter into the join with the specialties' certification requirements and rescan them once per job
     * (a nested loop), where a hash join reads them once.
     */
    static final String WHERE = "j.specialty_id = ANY (ARRAY[:specialty]) AND j.state_code = ANY (:states)";
    /** Deeper pages than this many jobs rank the whole list at once. */
    static final int DEEPEST = 500;

    /** Empty when the profile lacks a specialty or places: then nothing dominates the score. */
    static Optional<PreSelection> of(MatchCriteria criteria) {
        MatchProfile profile = criteria.profile();
        if (criteria.specialtyId() == null || profile.statesWanted().isEmpty()) {
            return Optional.empty();
        }
        int undecided = MatchParts.ELIGIBILITY + (profile.weeklyPayMin() == null ? 0 : MatchParts.PAY)
                + (profile.availableFrom() == null ? 0 : MatchParts.AVAILABILITY);
        return Optional.of(new PreSelection(WHERE, Math.max(MatchParts.SPECIALTY, MatchParts.LOCATION) + undecided));
    }

    /** Whether the pre-selection's best {@code wanted} (as ranked) are the whole list's best. */
    boolean decides(List<ScoredJob> best, long wanted) {
        return best.size() == wanted && best.getLast().parts().score() > bestOutside;
    }
}
