package com.excelmedical.staffing.local.demo;

import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Realistic LaborEdge feed rows made from svc-jobs' public reference data (specialties with their average
 * pay and certifications, cities with their population, professions), the way svc-jobs' own
 * {@code FeedGenerator} makes them for its tests: same seed, same jobs.
 */
final class DemoFeed {

    private static final String[] FACILITY_KINDS = {"Medical Center", "Regional Hospital", "Memorial Hospital",
            "University Hospital", "Community Hospital", "Children's Hospital", "Health System", "Surgical Center"};
    private static final String[] FACILITY_NAMES = {"St. Mary", "Mercy", "Providence", "Baptist", "Methodist",
            "Good Samaritan", "Sacred Heart", "Riverside", "Lakeview", "Valley", "Summit", "Presbyterian", "Trinity"};
    private static final String[] TYPES = {"Travel", "Travel", "Travel", "Travel", "Perm", "Per Diem", "Local"};
    private static final String[] SHIFTS = {"Day", "Night", "Night", "Evening", "Rotating"};
    private static final String[] PERKS = {"Weekly pay with direct deposit", "Day-one medical, dental and vision",
            "401(k) with company match", "Licensure reimbursement", "Housing assistance", "Completion bonus"};

    private final List<JsonNode> specialties;
    private final List<JsonNode> cities;
    private final Map<String, JsonNode> professions = new LinkedHashMap<>();
    private final LocalDate today;

    DemoFeed(JsonNode specialties, JsonNode cities, JsonNode professions, LocalDate today) {
        this.specialties = items(specialties);
        this.cities = items(cities);
        items(professions).forEach(profession -> this.professions.put(profession.path("id").asString(), profession));
        this.today = today;
    }

    private static List<JsonNode> items(JsonNode page) {
        List<JsonNode> items = new ArrayList<>();
        page.path("items").forEach(items::add);
        if (items.isEmpty()) {
            throw new IllegalStateException("svc-jobs returned no reference data");
        }
        return items;
    }

    /** Rows {@code first .. first+count-1}, external ids {@code DEMO-<n>}. */
    List<Map<String, Object>> rows(int first, int count, long seed) {
        List<Map<String, Object>> rows = new ArrayList<>(count);
        for (int n = first; n < first + count; n++) {
            rows.add(row("DEMO-" + n, new Random(seed * 1_000_003L + n)));
        }
        return rows;
    }

    private Map<String, Object> row(String externalId, Random random) {
        JsonNode specialty = specialties.get(random.nextInt(specialties.size()));
        JsonNode city = cities.get(random.nextInt(cities.size()));
        JsonNode profession = professions.get(specialty.path("professionId").asString());
        String professionCode = profession == null ? "RN" : profession.path("code").asString();
        String type = pick(TYPES, random);
        String shift = pick(SHIFTS, random);
        boolean twelves = random.nextInt(3) > 0;
        int hours = twelves ? 12 : 8;
        int shiftsPerWeek = twelves ? 3 : 5;
        double base = specialty.path("averageWeeklyPay").isNumber() ? specialty.path("averageWeeklyPay").asDouble() : 2000;
        double cityFactor = city.path("population").asInt(0) > 1_000_000 ? 1.15 : 1.0;
        BigDecimal weekly = BigDecimal.valueOf(base * cityFactor * (0.8 + random.nextDouble() * 0.45)).setScale(0, RoundingMode.HALF_UP);
        BigDecimal hourly = weekly.divide(BigDecimal.valueOf((long) hours * shiftsPerWeek), 2, RoundingMode.HALF_UP);
        LocalDate start = today.plusDays(7 + random.nextInt(90));
        int weeks = "Travel".equals(type) ? 13 : 4 + random.nextInt(20);
        String facility = pick(FACILITY_NAMES, random) + " " + pick(FACILITY_KINDS, random);
        String specialtyName = specialty.path("name").asString();
        List<Map<String, Object>> certifications = new ArrayList<>();
        specialty.path("requiredCertifications").forEach(code -> certifications.add(Map.of(
                "certification", code.asString(), "forOnboarding", true, "forSubmittal", random.nextBoolean())));
        BigDecimal bill = hourly.multiply(BigDecimal.valueOf(1.35)).setScale(2, RoundingMode.HALF_UP);

        Map<String, Object> row = new LinkedHashMap<>();
        row.put("externalJobId", externalId);
        row.put("jobTitle", type + " " + specialtyName + " " + professionCode + " - " + shift + "s");
        row.put("description", String.format("%s is looking for an experienced %s %s in %s, %s. %d-week assignment, "
                        + "%d x %d-hour %s shifts per week. %s. %s.", facility, specialtyName, professionCode,
                city.path("name").asString(), city.path("stateCode").asString(), weeks, shiftsPerWeek, hours,
                shift.toLowerCase(), pick(PERKS, random), pick(PERKS, random)));
        row.put("profession", professionCode);
        row.put("specialty", specialtyName);
        row.put("jobType", type);
        row.put("clientName", facility);
        row.put("clientCity", city.path("name").asString());
        row.put("clientStateCode", city.path("stateCode").asString());
        row.put("clientZip", String.format("%05d", random.nextInt(99999)));
        row.put("startDate", start.toString());
        row.put("endDate", start.plusWeeks(weeks).toString());
        row.put("asap", random.nextInt(10) == 0);
        row.put("duration", weeks);
        row.put("durationType", "WEEKS");
        row.put("jobStatusCode", "OPEN");
        row.put("shift", shift);
        row.put("shiftStartTime1", twelves ? "07:00" : "08:00");
        row.put("shiftEndTime1", twelves ? "19:00" : "16:30");
        row.put("shiftsPerWeek1", shiftsPerWeek);
        row.put("scheduledHrs1", hours);
        row.put("hourlyPay", hourly);
        row.put("weeklyPay", weekly);
        if ("Travel".equals(type)) {
            row.put("housingStipend", BigDecimal.valueOf(700 + random.nextInt(900)));
        }
        if (random.nextInt(5) == 0) {
            row.put("signOnBonus", BigDecimal.valueOf(1000L * (1 + random.nextInt(5))));
        }
        row.put("noOfOpenings", 1 + random.nextInt(4));
        row.put("featuredJob", random.nextInt(20) == 0);
        row.put("hotJob", random.nextInt(8) == 0);
        row.put("requiredCertifications", certifications);
        row.put("rates", List.of(Map.of("billRateCode", "REG", "rate", bill),
                Map.of("billRateCode", "OT", "rate", bill.multiply(BigDecimal.valueOf(1.5)).setScale(2, RoundingMode.HALF_UP))));
        return row;
    }

    private static String pick(String[] values, Random random) {
        return values[random.nextInt(values.length)];
    }
}
