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
        return new JobResponse(job.id(), job.externalId(), job.title(), job.description(), job.professionId(), job.specialtyId(),
                job.specialtyName(), job.jobType(), job.facilityName(), job.cityId(), job.cityName(), job.stateCode(), job.zip(),
                job.latitude(), job.longitude(), job.startDate(), job.endDate(), job.asap(), job.durationWeeks(), job.shift(),
                job.shiftStart(), job.shiftEnd(), Money.format(job.hoursPerWeek()), Money.format(job.hourlyPay()),
                Money.format(job.weeklyPay()), Money.format(job.housingStipend()), Money.format(job.signOnBonus()), Money.CURRENCY,
                job.openings(), job.status().code(), job.featured(), job.urgent(), job.requirements(), job.benefits(),
                job.seoTitle(), job.seoDescription(), job.recruiterId(), job.viewsCount() + bufferedViews, job.applicationsCount(),
                job.certifications().stream().map(c -> new Certification(c.certification(), c.forOnboarding(), c.forSubmittal())).toList(),
                job.publishedAt(), job.createdAt(), job.updatedAt(), job.version());
    }
}
