package com.excelmedical.staffing.content.page;

import com.excelmedical.staffing.content.events.PagePublished;

import java.time.Instant;
import java.util.UUID;

/**
 * A {@link PagePublished} not yet on Kafka, kept inside the page document it describes: written in the same
 * single-document update as the publication, removed by the relay once the broker has it.
 */
public record PendingEvent(String eventId, Instant occurredAt, String slug, String type, String title, int revision) {

    public PagePublished toEvent(String pageId) {
        return new PagePublished(UUID.fromString(eventId), occurredAt, UUID.fromString(pageId), slug, type, title, revision);
    }
}
