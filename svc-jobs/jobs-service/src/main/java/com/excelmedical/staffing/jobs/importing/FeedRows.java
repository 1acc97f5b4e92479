package com.excelmedical.staffing.jobs.importing;

import com.excelmedical.staffing.jobs.job.BillRate;
import com.excelmedical.staffing.jobs.job.JobStatus;
import com.excelmedical.staffing.jobs.job.JobType;
import com.excelmedical.staffing.jobs.job.Location;
import com.excelmedical.staffing.jobs.job.Pay;
import com.excelmedical.staffing.jobs.job.Schedule;
import com.excelmedical.staffing.jobs.job.Shift;
import com.excelmedical.staffing.jobs.job.RequiredCertification;
import com.excelmedical.staffing.jobs.masterdata.City;
import com.excelmedical.staffing.jobs.masterdata.MasterData;
import com.excelmedical.staffing.jobs.masterdata.Profession;
import com.excelmedical.staffing.jobs.masterdata.Specialty;
import com.excelmedical.staffing.jobs.masterdata.State;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Checks one LaborEdge row and translates it to job columns; a broken row gives a reason, never an exception. */
@Component
class FeedRows {

    private static final Map<String, JobType> JOB_TYPES = Map.of("travel", JobType.TRAVEL, "perm", JobType.PERM,
            "per diem", JobType.PER_DIEM, "per_diem", JobType.PER_DIEM, "perdiem", JobType.PER_DIEM, "local", JobType.LOCAL);
    private static final Map<String, JobStatus> STATUSES = Map.of("open", JobStatus.ACTIVE, "active", JobStatus.ACTIVE,
            "hold", JobStatus.ON_HOLD, "on_hold", JobStatus.ON_HOLD, "filled", JobStatus.FILLED, "closed", JobStatus.CLOSED,
            "cancelled", JobStatus.CLOSED);
    private static final Map<String, Shift> SHIFTS = Map.of("day", Shift.DAY, "days", Shift.DAY, "night", Shift.NIGHT,
            "nights", Shift.NIGHT, "evening", Shift.EVENING, "evenings", Shift.EVENING, "rotating", Shift.ROTATING,
            "variable", Shift.ROTATING);

    private final MasterData masterData;

    FeedRows(MasterData masterData) {
        this.masterData = masterData;
    }

    /** Either a row to write or the reason it is rejected. */
    sealed interface Result permits Accepted, Rejected {
    }

    record Accepted(ImportRow row) implements Result {
    }

    record Rejected(String externalId, String reason) implements Result {
    }

    Result read(FeedJob f) {
        List<String> missing = new ArrayList<>();
        if (blank(f.externalJobId())) missing.add("externalJobId");
        if (blank(f.jobTitle())) missing.add("jobTitle");
        if (blank(f.specialty())) missing.add("specialty");
        if (blank(f.jobType())) missing.add("jobType");
        if (blank(f.clientName())) missing.add("clientName");
        if (blank(f.clientStateCode())) missing.add("clientStateCode");
        if (f.startDate() == null) missing.add("startDate");
        if (!missing.isEmpty()) {
            return reject(f, "missing required fields: " + String.join(", ", missing));
        }
        String tooLong = tooLong(f);
        if (tooLong != null) {
            return reject(f, tooLong + " is too long");
        }
        Specialty specialty = masterData.specialtyNamed(f.specialty()).orElse(null);
        if (specialty == null) {
            return reject(f, "unknown specialty: " + f.specialty());
        }
        Profession profession = blank(f.profession()) ? masterData.profession(specialty.professionId()).orElseThrow()
                : masterData.professionNamed(f.profession()).orElse(null);
        if (profession == null) {
            return reject(f, "unknown profession: " + f.profession());
        }
        State state = masterData.state(f.clientStateCode().trim()).orElse(null);
        if (state == null) {
            return reject(f, "unknown state: " + f.clientStateCode());
        }
        JobType jobType = JOB_TYPES.get(key(f.jobType()));
        if (jobType == null) {
            return reject(f, "unknown jobType: " + f.jobType());
        }
        JobStatus status = f.jobStatusCode() == null ? JobStatus.ACTIVE : STATUSES.get(key(f.jobStatusCode()));
        if (status == null) {
            return reject(f, "unknown jobStatusCode: " + f.jobStatusCode());
        }
        Shift shift = f.shift() == null ? null : SHIFTS.get(key(f.shift()));
        if (f.shift() != null && shift == null) {
            return reject(f, "unknown shift: " + f.shift());
        }
        if (f.endDate() != null && f.endDate().isBefore(f.startDate())) {
            return reject(f, "endDate is before startDate");
        }
        for (BigDecimal amount : new BigDecimal[]{f.hourlyPay(), f.weeklyPay(), f.housingStipend(), f.signOnBonus()}) {
            if (amount != null && amount.signum() < 0) {
                return reject(f, "negative pay");
            }
        }
        if (f.noOfOpenings() != null && f.noOfOpenings() < 0) {
            return reject(f, "negative noOfOpenings");
        }
        City city = blank(f.clientCity()) ? null : masterData.cityNamed(state.code(), f.clientCity().trim()).orElse(null);
        Location location = new Location(city == null ? null : city.id(), blank(f.clientCity()) ? null : f.clientCity().trim(),
                state.code(), f.clientZip(), city == null ? null : city.latitude(), city == null ? null : city.longitude());
        Schedule schedule = new Schedule(f.startDate(), f.endDate(), Boolean.TRUE.equals(f.asap()),
                weeks(f.duration(), f.durationType()), shift, f.shiftStartTime1(), f.shiftEndTime1(), hoursPerWeek(f));
        Pay pay = Pay.usd(f.hourlyPay(), f.weeklyPay(), f.housingStipend(), f.signOnBonus());
        return new Accepted(new ImportRow(f.externalJobId().trim(), f.jobTitle().trim(), f.description(), profession.id(),
                specialty.id(), specialty.name(), jobType, f.clientName().trim(), location, schedule, pay,
                f.noOfOpenings() == null ? 1 : f.noOfOpenings(), status, Boolean.TRUE.equals(f.featuredJob()),
                Boolean.TRUE.equals(f.hotJob()), f.seoTitle(), f.seoDescription(), certifications(f), rates(f)));
    }

    private static Integer weeks(Integer duration, String type) {
        if (duration == null || duration <= 0) {
            return null;
        }
        return switch (key(type)) {
            case "days" -> Math.max(1, duration / 7);
            case "months" -> Math.round(duration * 4.345f);
            default -> duration;
        };
    }

    private static BigDecimal hoursPerWeek(FeedJob f) {
        if (f.scheduledHrs1() == null || f.shiftsPerWeek1() == null || f.scheduledHrs1().signum() <= 0 || f.shiftsPerWeek1() <= 0) {
            return null;
        }
        return f.scheduledHrs1().multiply(BigDecimal.valueOf(f.shiftsPerWeek1()));
    }

    private static List<RequiredCertification> certifications(FeedJob f) {
        if (f.requiredCertifications() == null) {
            return List.of();
        }
        return f.requiredCertifications().stream().filter(c -> c != null && !blank(c.certification()))
                .map(c -> new RequiredCertification(truncate(c.certification().trim().toUpperCase(Locale.ROOT), 30),
                        !Boolean.FALSE.equals(c.forOnboarding()), Boolean.TRUE.equals(c.forSubmittal())))
                .collect(java.util.stream.Collectors.toMap(RequiredCertification::certification, c -> c, (a, b) -> a,
                        java.util.LinkedHashMap::new)).values().stream().toList();
    }

    private static List<BillRate> rates(FeedJob f) {
        if (f.rates() == null) {
            return List.of();
        }
        return f.rates().stream().filter(r -> r != null && !blank(r.billRateCode()) && r.rate() != null && r.rate().signum() >= 0)
                .map(r -> new BillRate(truncate(r.billRateCode().trim(), 50), r.rate()))
                .collect(java.util.stream.Collectors.toMap(BillRate::code, r -> r, (a, b) -> a, java.util.LinkedHashMap::new))
                .values().stream().toList();
    }

    private static String tooLong(FeedJob f) {
        if (f.externalJobId().length() > 100) return "externalJobId";
        if (f.jobTitle().length() > 255) return "jobTitle";
        if (f.clientName().length() > 255) return "clientName";
        if (f.clientCity() != null && f.clientCity().length() > 100) return "clientCity";
        if (f.clientZip() != null && f.clientZip().length() > 10) return "clientZip";
        if (f.seoTitle() != null && f.seoTitle().length() > 255) return "seoTitle";
        if (f.seoDescription() != null && f.seoDescription().length() > 500) return "seoDescription";
        return null;
    }

    private static Rejected reject(FeedJob f, String reason) {
        return new Rejected(f.externalJobId(), reason);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String key(String value) {
        return value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
