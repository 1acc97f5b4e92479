package com.excelmedical.staffing.content.events;

/** The Kafka topics svc-content publishes to. */
public final class ContentTopics {

    /** Facts about pages, keyed by page id. */
    public static final String PAGES = "content.pages";

    private ContentTopics() {
    }
}
