package com.excelmedical.staffing.candidates.events;

/** The Kafka topics svc-candidates publishes to. */
public final class CandidatesTopics {

    /** Facts about applications, keyed by application id. */
    public static final String APPLICATIONS = "candidates.applications";

    /** Facts about candidates' licenses and certifications, keyed by credential id. */
    public static final String CREDENTIALS = "candidates.credentials";

    private CandidatesTopics() {
    }
}
