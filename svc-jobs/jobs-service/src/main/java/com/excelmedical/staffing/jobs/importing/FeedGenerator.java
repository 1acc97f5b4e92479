package com.excelmedical.staffing.jobs.importing;

import com.excelmedical.staffing.jobs.masterdata.City;
import com.excelmedical.staffing.jobs.masterdata.Profession;
import com.excelmedical.staffing.jobs.masterdata.Specialty;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Makes N realistic LaborEdge jobs from the reference data (same seed, same jobs), for tests, benchmarks
 * and demo data. Pay follows the specialty's average and the city's size; facilities, shifts and
 * descriptions vary like a real feed.
 */
public final class FeedGenerator {

    private static final String[] FACILITY_KINDS = {"Medical Center", "Regional Hospital", "Memorial Hospital",
            "University Hospital", "Community Hospital", "Children's Hospital", "Health System", "Surgical Center",
            "Rehabilitation Hospital", "Behavioral Health Center"};
    private static final String[] FACILITY_NAMES = {"St. Mary", "Mercy", "Providence", "Baptist", "Methodist", "Good Samaritan",
            "Sacred Heart", "Riverside", "Lakeview", "Valley", "Summit", "Northside", "Presbyterian", "Adventist", "Trinity"};
    private static final String[] TYPES = {"Travel", "Travel", "Travel", "Travel", "Perm", "Per Diem", "Local"};
    private static final String[] SHIFTS = {"Day", "Night", "Night", "Evening", "Rotating"};
    private static final String[] UNITS = {"a 24-bed unit", "a 36-bed unit", "a Level I trauma center", "a Magnet-designated hospital",
            "a busy teaching hospital", "a community hospital", "a newly renovated unit", "an academic medical center"};
    private static final String[] PERKS = {"Weekly pay with direct deposit", "Day-one medical, dental and vision",
            "401(k) with company match", "Licensure reimbursement", "Housing assistance", "Completion bonus",
            "Guaranteed hours", "Travel reimbursement"};

    private final List<Specialty> specialties;
    private final List<City> cities;
    private final Map<java.util.UUID, Profession> professions;
    private final LocalDate today;

    public FeedGenerator(List<Specialty> specialties, List<City> cities, List<Profession> professions, LocalDate today) {
        this.specialties = List.copyOf(specialties);
        this.cities = List.copyOf(cities);
        this.professions = professions.stream().collect(Collectors.toMap(Profession::id, Function.identity()));
        this.today = today;
    }

    /** {@code count} jobs with external ids {@code <prefix>-1 ... <prefix>-count}. */
    public List<FeedJob> jobs(int count, String prefix, long seed) {
        Random random = new Random(seed);
        List<FeedJob> jobs = new ArrayList<>(count);
        for (int n = 1; n <= count; n++) {
            jobs.add(job(prefix + "-" + n, random));
        }
        return jobs;
    }

    private FeedJob job(String externalId, Random random) {
        Specialty specialty = specialties.get(random.nextInt(specialties.size()));
        City city = cities.get(random.nextInt(cities.size()));
        Profession profession = professions.get(specialty.professionId());
        String type = TYPES[random.nextInt(TYPES.length)];
        String shift = SHIFTS[random.nextInt(SHIFTS.length)];
        boolean twelves = random.nextInt(3) > 0;
        BigDecimal hoursPerShift = BigDecimal.valueOf(twelves ? 12 : 8);
        int shiftsPerWeek = twelves ? 3 : 5;
        double cityFactor = city.population() != null && city.population() > 1_000_000 ? 1.15 : 1.0;
        double base = specialty.averageWeeklyPay() == null ? 2000 : specialty.averageWeeklyPay().doubleValue();
        BigDecimal weekly = BigDecimal.valueOf(base * cityFactor * (0.8 + random.nextDouble() * 0.45)).setScale(0, RoundingMode.HALF_UP);
        BigDecimal hourly = weekly.divide(hoursPerShift.multiply(BigDecimal.valueOf(shiftsPerWeek)), 2, RoundingMode.HALF_UP);
        LocalDate start = today.plusDays(7 + random.nextInt(90));
        int weeks = "Travel".equals(type) ? 13 : 4 + random.nextInt(20);
        String facility = FACILITY_NAMES[random.nextInt(FACILITY_NAMES.length)] + " " + FACILITY_KINDS[random.nextInt(FACILITY_KINDS.length)];
        String title = type + " " + specialty.name() + " " + profession.code() + " - " + shift + "s";
        String description = String.format("%s is looking for an experienced %s %s (%s) for %s in %s, %s. "
                        + "%d-week assignment, %s shifts, %d x %s-hour shifts per week. %s. %s. "
                        + "Requirements: active %s license, %d+ years of recent %s experience, %s.",
                facility, specialty.name(), profession.name(), profession.code(), UNITS[random.nextInt(UNITS.length)], city.name(),
                city.stateCode(), weeks, shift.toLowerCase(), shiftsPerWeek, hoursPerShift, PERKS[random.nextInt(PERKS.length)],
                PERKS[random.nextInt(PERKS.length)], city.stateCode(), 1 + random.nextInt(3), specialty.name(),
                String.join(", ", specialty.requiredCertifications()));
        List<FeedJob.Certification> certifications = specialty.requiredCertifications().stream()
                .map(code -> new FeedJob.Certification(code, true, random.nextBoolean())).toList();
        BigDecimal bill = hourly.multiply(BigDecimal.valueOf(1.35)).setScale(2, RoundingMode.HALF_UP);
        List<FeedJob.Rate> rates = List.of(new FeedJob.Rate("REG", bill),
                new FeedJob.Rate("OT", bill.multiply(BigDecimal.valueOf(1.5)).setScale(2, RoundingMode.HALF_UP)));
        return new FeedJob(externalId, title, description, profession.code(), specialty.name(), type, facility, city.name(),
                city.stateCode(), String.format("%05d", random.nextInt(99999)), start, start.plusWeeks(weeks), random.nextInt(10) == 0,
                weeks, "WEEKS", "OPEN", shift, twelves ? LocalTime.of(7, 0) : LocalTime.of(8, 0),
                twelves ? LocalTime.of(19, 0) : LocalTime.of(16, 30), shiftsPerWeek, hoursPerShift, hourly, weekly,
                "Travel".equals(type) ? BigDecimal.valueOf(700 + random.nextInt(900)) : null,
                random.nextInt(5) == 0 ? BigDecimal.valueOf(1000L * (1 + random.nextInt(5))) : null,
                1 + random.nextInt(4), random.nextInt(20) == 0, random.nextInt(8) == 0, null, null, certifications, rates);
    }
}
