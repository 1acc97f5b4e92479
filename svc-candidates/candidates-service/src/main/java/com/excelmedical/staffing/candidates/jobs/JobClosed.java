package com.excelmedical.staffing.candidates.jobs;

import java.util.UUID;

/**
 * Published in-process (a Spring application event, inside the transaction that applied the job event)
 * when a job became filled, closed or expired, so that its open applications are rejected in that
 * same transaction.
 */
public record JobClosed(UUID jobId, JobState status) {

    /** The rejection reason the system gives: {@code job_filled} or {@code job_closed}. */
    public String rejectionReason() {
        return status == JobState.FILLED ? "job_filled" : "job_closed";
    }
}
