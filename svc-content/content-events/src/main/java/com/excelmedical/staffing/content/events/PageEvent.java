package com.excelmedical.staffing.content.events;

import com.excelmedical.staffing.events.DomainEvent;

import java.util.UUID;

/** Facts about one page; the Kafka key is the page id, so one page's events stay ordered. */
public sealed interface PageEvent extends DomainEvent permits PagePublished {

    UUID pageId();

    @Override
    default String subject() {
        return pageId().toString();
    }
}
