package com.excelmedical.staffing.jobs.job;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/** One job as anyone may see it: money as decimal strings in {@code currency}, never the bill rates. */
public record JobResponse(UUID id, String externalId, String title, String description, UUID professionId, UUID specialtyId,
                          String specialtyName, String jobType, String facilityName, UUID cityId, String cityName,
                          String stateCode, String zip, Double latitude, Double longitude, LocalDate startDate,
                          LocalDate endDate, boolean asap, Integer durationWeeks, String shift, LocalTime shiftStart,
                          LocalTime shiftEnd, String hoursPerWeek, String hourlyPay, String weeklyPay, String housingStipend,
                          String signOnBonus, String currency, int openings, String status, boolean featured, boolean urgent,
                          String requirements, String benefits, String seoTitle, String seoDescription, UUID recruiterId,
                          long viewsCount, int applicationsCount, List<Certification> certifications, Instant publishedAt,
                          Instant createdAt, Instant updatedAt, long version) {

    public record Certification(String certification, boolean forOnboarding, boolean forSubmittal) {
    }

    static JobResponse of(Job job, long bufferedViews) {
        Location where = job.location();
        Schedule when = job.schedule();
        Pay pay = job.pay();
        return new JobResponse(job.id(), job.externalId(), job.title(), job.description(), job.professionId(), job.specialtyId(),
                job.specialtyName(), job.jobType().code(), job.facilityName(), where.cityId(), where.cityName(), where.stateCode(),
                where.zip(), where.latitude(), where.longitude(), when.startDate(), when.endDate(), when.asap(), when.durationWeeks(),
                when.shift() == null ? null : when.shift().code(), when.shiftStart(), when.shiftEnd(), Money.format(when.hoursPerWeek()),
                Money.format(pay.hourly()), Money.format(pay.weekly()), Money.format(pay.housingStipend()),
                Money.format(pay.signOnBonus()), Money.CURRENCY,
                job.openings(), job.status().code(), job.featured(), job.urgent(), job.requirements(), job.benefits(),
                job.seoTitle(), job.seoDescription(), job.recruiterId(), job.viewsCount() + bufferedViews, job.applicationsCount(),
                job.certifications().stream().map(c -> new Certification(c.certification(), c.forOnboarding(), c.forSubmittal())).toList(),
                job.publishedAt(), job.createdAt(), job.updatedAt(), job.version());
    }
}
