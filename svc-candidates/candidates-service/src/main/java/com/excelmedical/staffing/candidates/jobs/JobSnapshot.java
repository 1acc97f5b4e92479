package com.excelmedical.staffing.candidates.jobs;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * This service's copy of a job, as of the newest job event applied ({@code occurredAt}). Title and place
 * may be null when only a status change has arrived yet; {@code terms} is null until an event (or
 * svc-jobs' answer) carrying them has arrived, e.g. for a row kept from before they were copied.
 */
public record JobSnapshot(UUID jobId, String title, String facilityName, String cityName, String stateCode, JobState status,
                          Instant occurredAt, JobTerms terms) {

    /** A snapshot whose terms are not known. */
    public JobSnapshot(UUID jobId, String title, String facilityName, String cityName, String stateCode, JobState status,
                       Instant occurredAt) {
        this(jobId, title, facilityName, cityName, stateCode, status, occurredAt, null);
    }

    public Optional<JobTerms> knownTerms() {
        return Optional.ofNullable(terms);
    }
}
