package com.excelmedical.staffing.candidates.profile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Profile bodies for tests: a complete ICU travel nurse's profile, changed field by field. */
final class Profiles {

    private Profiles() {
    }

    static Map<String, Object> anIcuTravelNurse(long version) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", version);
        body.put("specialty", "ICU");
        body.put("professions", List.of("RN"));
        body.put("yearsOfExperience", 6);
        body.put("availableFrom", java.time.LocalDate.now().plusWeeks(3).toString());
        body.put("travelStatus", "travel_only");
        body.put("preferredStates", List.of("TX", "CA"));
        body.put("preferredCities", List.of(Map.of("name", "Austin", "state", "TX")));
        body.put("jobTypes", List.of("travel", "per_diem"));
        body.put("preferredShift", "night");
        body.put("weeklyPay", Map.of("min", 2400, "max", "3100.50", "currency", "USD"));
        body.put("address", Map.of("line1", "12 Elm Street", "city", "Dallas", "state", "TX", "zip", "75201"));
        body.put("cellPhone", "+1 214 555 0101");
        body.put("consents", Map.of("email", true, "sms", false));
        return body;
    }

    static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(body);
        changed.put(field, value);
        return changed;
    }
}
