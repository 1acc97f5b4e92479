package com.excelmedical.staffing.jobs.events;

/** The Kafka topics svc-jobs publishes to. */
public final class JobsTopics {

    /** Facts about job postings (and alert matches), keyed by job id. */
    public static final String JOBS = "jobs.jobs";

    private JobsTopics() {
    }
}
