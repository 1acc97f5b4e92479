package com.excelmedical.staffing.candidates.jobs.web;

import com.excelmedical.staffing.candidates.jobs.JobSnapshot;
import com.excelmedical.staffing.candidates.jobs.JobState;
import com.excelmedical.staffing.candidates.jobs.JobTerms;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The part of svc-jobs' job answer this service reads; the rest is ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record JobView(UUID id, String title, String facilityName, String cityName, String stateCode, String status,
                      Instant updatedAt, UUID professionId, UUID specialtyId, String specialtyName, String jobType,
                      String shift, UUID cityId, LocalDate startDate, LocalDate endDate, String weeklyPay, String currency) {

    /** The snapshot of the job asked for (by its id, whatever the answer names). */
    public JobSnapshot snapshot(UUID jobId) {
        JobState state = JobState.fromCode(status).orElseThrow(() -> new IllegalStateException("unknown job status " + status));
        JobTerms terms = JobTerms.ofNullable(professionId, specialtyId, specialtyName, jobType, shift, cityId, startDate, endDate,
                weeklyPay, currency);
        return new JobSnapshot(jobId, title, facilityName, cityName, stateCode, state, updatedAt == null ? Instant.EPOCH : updatedAt,
                terms);
    }
}
