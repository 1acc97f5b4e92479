package com.excelmedical.staffing.candidates.applications;

import com.excelmedical.staffing.candidates.jobs.JobSnapshot;

import java.util.UUID;

/** The job beside an application, from this service's snapshot (fields null until the job's events arrive). */
public record JobSummaryResponse(UUID id, String title, String facilityName, String cityName, String stateCode, String status) {

    static JobSummaryResponse of(UUID jobId, JobSnapshot snapshot) {
        return snapshot == null ? new JobSummaryResponse(jobId, null, null, null, null, null)
                : new JobSummaryResponse(jobId, snapshot.title(), snapshot.facilityName(), snapshot.cityName(),
                snapshot.stateCode(), snapshot.status().code());
    }
}
