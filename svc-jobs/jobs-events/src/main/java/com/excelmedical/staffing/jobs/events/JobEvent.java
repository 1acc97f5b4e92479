package com.excelmedical.staffing.jobs.events;

import com.excelmedical.staffing.events.DomainEvent;

import java.util.UUID;

/** Facts about one job posting; the Kafka key is the job id, so one job's events stay ordered. */
public sealed interface JobEvent extends DomainEvent permits JobPublished, JobUpdated, JobStatusChanged, JobAlertMatched {

    UUID jobId();

    @Override
    default String subject() {
        return jobId().toString();
    }
}
