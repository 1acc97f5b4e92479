package com.excelmedical.staffing.candidates.eligibility;

import java.util.HashSet;
import java.util.Set;

/**
 * Which states take part in the Nurse Licensure Compact. A full member issues multistate licenses to
 * its residents and honours those of the other members; a state in partial implementation only honours
 * them (it issues none yet); a state that has enacted the compact but does not take part yet is neither.
 * Built from the reference data in the {@code nurse_licensure_compact} table, or directly in tests.
 */
public final class CompactMembership {

    private final Set<StateCode> issuing;
    private final Set<StateCode> honouring;

    private CompactMembership(Set<StateCode> issuing, Set<StateCode> honouring) {
        this.issuing = Set.copyOf(issuing);
        Set<StateCode> all = new HashSet<>(honouring);
        all.addAll(issuing);
        this.honouring = Set.copyOf(all);
    }

    /** Full members only. */
    public static CompactMembership of(Set<StateCode> fullMembers) {
        return new CompactMembership(fullMembers, Set.of());
    }

    /** Full members, and states that honour other members' multistate licenses but issue none yet. */
    public static CompactMembership of(Set<StateCode> fullMembers, Set<StateCode> honouringOnly) {
        return new CompactMembership(fullMembers, honouringOnly);
    }

    public static CompactMembership none() {
        return new CompactMembership(Set.of(), Set.of());
    }

    /** Whether a multistate license issued by {@code state} is a valid one. */
    public boolean issuesMultistate(StateCode state) {
        return issuing.contains(state);
    }

    /** Whether a nurse may practise in {@code state} on another member's multistate license. */
    public boolean honoursMultistate(StateCode state) {
        return honouring.contains(state);
    }

    /** Whether {@code license} lets its holder practise in {@code state}. */
    public boolean covers(License license, StateCode state) {
        if (license.state().equals(state)) {
            return true;
        }
        return license.multistate() && issuesMultistate(license.state()) && honoursMultistate(state);
    }
}
