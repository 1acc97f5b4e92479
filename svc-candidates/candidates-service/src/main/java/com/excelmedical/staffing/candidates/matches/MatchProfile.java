package com.excelmedical.staffing.candidates.matches;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What of a candidate's profile the match score reads, as the profile stores it: the specialty and
 * profession codes, the preferred states and cities ({@code state|lower-case name}), the lowest weekly pay
 * wanted and the first day available. Every part may be missing.
 */
record MatchProfile(String specialty, List<String> professions, Set<String> states, Set<String> cities,
                    BigDecimal weeklyPayMin, LocalDate availableFrom) {

    static final MatchProfile EMPTY = new MatchProfile(null, List.of(), Set.of(), Set.of(), null, null);

    MatchProfile {
        professions = List.copyOf(professions);
        states = Set.copyOf(states);
        cities = Set.copyOf(cities);
    }

    /** The preferred states and the states of the preferred cities. */
    Set<String> statesWanted() {
        Set<String> all = new TreeSet<>(states);
        cities.forEach(city -> all.add(city.substring(0, city.indexOf('|'))));
        return all;
    }
}
