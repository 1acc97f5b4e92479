package com.excelmedical.staffing.content.events;

import com.excelmedical.staffing.events.PublishedEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * A page was published (first time or again): caches of it and sitemaps are stale.
 *
 * @param type     blog, city_guide, specialty_guide, city_specialty, faq, testimonial or page
 * @param revision how many times the page has been published, this time included (1 the first time)
 */
@PublishedEvent(topic = ContentTopics.PAGES, type = "staffing.content.PagePublished.v1")
public record PagePublished(UUID eventId, Instant occurredAt, UUID pageId, String slug, String type, String title,
                            int revision) implements PageEvent {
}
