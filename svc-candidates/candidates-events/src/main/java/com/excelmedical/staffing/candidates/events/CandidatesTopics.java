package com.excelmedical.staffing.candidates.events;

/** The Kafka topics svc-candidates publishes to. */
public final class CandidatesTopics {

    /** Facts about applications, keyed by application id. */
    public static final String APPLICATIONS = "candidates.applications";

    private CandidatesTopics() {
    }
}
