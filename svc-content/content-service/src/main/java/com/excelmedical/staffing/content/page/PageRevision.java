package com.excelmedical.staffing.content.page;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * A live version of a page that a later publication replaced. The id is {@code <pageId>:<revision>}, so
 * writing it again (a publication retried after a stale version) replaces it rather than adding another.
 */
@Document(PageRevision.COLLECTION)
public record PageRevision(@Id String id, String pageId, int revision, PageContent content, Instant publishedAt,
                           Instant replacedAt) {

    public static final String COLLECTION = "page_revisions";

    static PageRevision of(Page page, PageContent replaced, Instant publishedAt, Instant replacedAt) {
        int number = page.revision() - 1;
        return new PageRevision(page.id() + ":" + number, page.id(), number, replaced, publishedAt, replacedAt);
    }
}
