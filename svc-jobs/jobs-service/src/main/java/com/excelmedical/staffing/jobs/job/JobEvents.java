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
        Location where = job.location();
        Schedule when = job.schedule();
        return new JobDetails(job.title(), job.professionId(), job.specialtyId(), job.specialtyName(), job.jobType().code(),
                job.facilityName(), where.cityId(), where.cityName(), where.stateCode(), when.startDate(), when.endDate(),
                when.shift() == null ? null : when.shift().code(), Money.format(job.pay().hourly()),
                Money.format(job.pay().weekly()), Money.CURRENCY, job.openings(), job.status().code(), job.featured(),
                job.recruiterId());
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
