package com.excelmedical.staffing.jobs.job;

import com.excelmedical.staffing.jobs.masterdata.City;
import com.excelmedical.staffing.jobs.masterdata.MasterData;
import com.excelmedical.staffing.jobs.masterdata.Profession;
import com.excelmedical.staffing.jobs.masterdata.Specialty;
import com.excelmedical.staffing.jobs.masterdata.State;
import com.excelmedical.staffing.platform.problems.InvalidInputException;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;

/** Checks a request against the reference data and the rules Bean Validation cannot express. */
@Component
class JobFieldsResolver {

    private final MasterData masterData;

    JobFieldsResolver(MasterData masterData) {
        this.masterData = masterData;
    }

    JobFields resolve(JobRequest r) {
        Specialty specialty = masterData.specialty(r.specialtyId())
                .orElseThrow(() -> new InvalidInputException("specialtyId", "unknown specialty " + r.specialtyId()));
        Profession profession = r.professionId() == null
                ? masterData.profession(specialty.professionId()).orElseThrow()
                : masterData.profession(r.professionId())
                        .orElseThrow(() -> new InvalidInputException("professionId", "unknown profession " + r.professionId()));
        State state = masterData.state(r.stateCode())
                .orElseThrow(() -> new InvalidInputException("stateCode", "unknown state " + r.stateCode()));
        City city = null;
        if (r.cityId() != null) {
            city = masterData.city(r.cityId()).orElseThrow(() -> new InvalidInputException("cityId", "unknown city " + r.cityId()));
            if (!city.stateCode().equals(state.code())) {
                throw new InvalidInputException("cityId", city.name() + " is not in " + state.code());
            }
        }
        if (r.endDate() != null && r.endDate().isBefore(r.startDate())) {
            throw new InvalidInputException("endDate", "must not be before startDate");
        }
        List<RequiredCertification> certifications = r.certifications() == null ? List.of() : r.certifications().stream()
                .map(c -> new RequiredCertification(c.certification().toUpperCase(Locale.ROOT), !Boolean.FALSE.equals(c.forOnboarding()), Boolean.TRUE.equals(c.forSubmittal())))
                .distinct().toList();
        if (certifications.stream().map(RequiredCertification::certification).distinct().count() != certifications.size()) {
            throw new InvalidInputException("certifications", "each certification may appear once");
        }
        List<BillRate> rates = r.rates() == null ? List.of() : r.rates().stream().map(rate -> new BillRate(rate.code(), rate.rate())).toList();
        if (rates.stream().map(BillRate::code).distinct().count() != rates.size()) {
            throw new InvalidInputException("rates", "each bill rate code may appear once");
        }
        Location location = new Location(city == null ? null : city.id(), city == null ? null : city.name(), state.code(), r.zip(),
                city == null ? null : city.latitude(), city == null ? null : city.longitude());
        Schedule schedule = new Schedule(r.startDate(), r.endDate(), Boolean.TRUE.equals(r.asap()), r.durationWeeks(),
                r.shift() == null ? null : Shift.fromCode(r.shift()).orElseThrow(), r.shiftStart(), r.shiftEnd(), r.hoursPerWeek());
        Pay pay = Pay.usd(r.hourlyPay(), r.weeklyPay(), r.housingStipend(), r.signOnBonus());
        return new JobFields(r.title().trim(), r.description(), profession.id(), specialty.id(), specialty.name(),
                JobType.fromCode(r.jobType()).orElseThrow(), r.facilityName().trim(), location, schedule, pay, r.openings(),
                Boolean.TRUE.equals(r.featured()), Boolean.TRUE.equals(r.urgent()), r.requirements(), r.benefits(),
                r.seoTitle(), r.seoDescription(), certifications, rates);
    }
}
