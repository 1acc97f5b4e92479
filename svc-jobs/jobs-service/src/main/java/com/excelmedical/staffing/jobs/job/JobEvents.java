package com.excelmedical.staffing.jobs.job;

import com.excelmedical.staffing.jobs.events.JobDetails;
import com.excelmedical.staffing.jobs.events.JobPublished;
import com.excelmedical.staffing.jobs.events.JobStatusChanged;
import com.excelmedical.staffing.jobs.events.JobUpdated;

import java.time.Instant;
import java.util.UUID;

/** Builds the published events from the aggregate: only public fields, never bill rates. */
public final class JobEvents {

    private JobEvents() {
    }

    public static JobDetails details(Job job) {
        return new JobDetails(job.title(), job.professionId(), job.specialtyId(), job.specialtyName(), job.jobType(),
                job.facilityName(), job.cityId(), job.cityName(), job.stateCode(), job.startDate(), job.endDate(), job.shift(),
                Money.format(job.hourlyPay()), Money.format(job.weeklyPay()), Money.CURRENCY, job.openings(), job.status().code(),
                job.featured(), job.recruiterId());
    }

    public static JobPublished published(Job job, Instant now) {
        return new JobPublished(UUID.randomUUID(), now, job.id(), details(job));
    }

    public static JobUpdated updated(Job job, Instant now) {
        return new JobUpdated(UUID.randomUUID(), now, job.id(), details(job));
    }

    public static JobStatusChanged statusChanged(Job job, JobStatus from, Instant now) {
        return new JobStatusChanged(UUID.randomUUID(), now, job.id(), from.code(), job.status().code(), job.openings());
    }
}
