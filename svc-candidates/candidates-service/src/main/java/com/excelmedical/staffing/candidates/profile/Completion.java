package com.excelmedical.staffing.candidates.profile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * How complete a profile is, computed whenever it is read (never stored, so never stale): the share of
 * the items below that are filled, in whole percent, and the names of those that are not.
 */
public record Completion(int percent, List<String> missing) {

    private static final Map<String, Predicate<CandidateProfile>> ITEMS = items();

    static Completion of(CandidateProfile profile) {
        List<String> missing = ITEMS.entrySet().stream()
                .filter(item -> !item.getValue().test(profile))
                .map(Map.Entry::getKey)
                .toList();
        int filled = ITEMS.size() - missing.size();
        return new Completion(filled * 100 / ITEMS.size(), missing);
    }

    private static Map<String, Predicate<CandidateProfile>> items() {
        Map<String, Predicate<CandidateProfile>> items = new LinkedHashMap<>();
        items.put("name", p -> p.firstName() != null && p.lastName() != null);
        items.put("email", p -> p.email() != null);
        items.put("phone", p -> p.cellPhone() != null || p.homePhone() != null);
        items.put("address", p -> p.address() != null && p.address().isComplete());
        items.put("specialty", p -> p.specialty() != null);
        items.put("professions", p -> !p.professions().isEmpty());
        items.put("yearsOfExperience", p -> p.yearsOfExperience() != null);
        items.put("availableFrom", p -> p.availableFrom() != null);
        items.put("travelStatus", p -> p.travelStatus() != null);
        items.put("preferredLocations", p -> !p.preferredStates().isEmpty() || !p.preferredCities().isEmpty());
        items.put("jobTypes", p -> !p.jobTypes().isEmpty());
        items.put("preferredShift", p -> p.preferredShift() != null);
        items.put("weeklyPay", p -> p.weeklyPay() != null && p.weeklyPay().isGiven());
        return items;
    }
}
