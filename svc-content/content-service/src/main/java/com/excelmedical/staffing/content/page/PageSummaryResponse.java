package com.excelmedical.staffing.content.page;

import java.time.Instant;
import java.util.UUID;

/** A published page in a list: enough to link to it. */
public record PageSummaryResponse(UUID id, String type, String slug, String title, String summary, Instant publishedAt) {

    static PageSummaryResponse of(Page page) {
        return new PageSummaryResponse(UUID.fromString(page.id()), page.type().code(), page.slug(), page.live().title(),
                page.live().summary(), page.publishedAt());
    }
}
