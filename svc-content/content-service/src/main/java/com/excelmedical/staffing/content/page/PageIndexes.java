package com.excelmedical.staffing.content.page;

import com.excelmedical.staffing.content.page.search.TextIndex;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;

/**
 * The indexes of {@code pages} and {@code page_revisions}, created at start-up (creating an existing index is a
 * no-op), and the text index where the server has one. The README lists them.
 */
@Configuration(proxyBeanMethods = false)
class PageIndexes {

    @Bean
    TextIndex textIndex(MongoOperations mongo) {
        IndexOperations pages = mongo.indexOps(Page.class);
        pages.createIndex(new Index("slug", Sort.Direction.ASC).unique().named("pages_slug_unique"));
        pages.createIndex(new Index("visible", Sort.Direction.ASC).on("type", Sort.Direction.ASC)
                .on("publishedAt", Sort.Direction.DESC).named("pages_visible_type_published"));
        pages.createIndex(new Index("searchTerms", Sort.Direction.ASC).named("pages_search_terms"));
        pages.createIndex(new Index("live.related.specialtySlug", Sort.Direction.ASC)
                .on("live.related.stateCode", Sort.Direction.ASC).on("live.related.citySlug", Sort.Direction.ASC)
                .named("pages_related"));
        pages.createIndex(new Index("pendingEvents.eventId", Sort.Direction.ASC).sparse().named("pages_pending_events"));
        pages.createIndex(new Index("draft.author.userId", Sort.Direction.ASC).named("pages_draft_author"));
        pages.createIndex(new Index("live.author.userId", Sort.Direction.ASC).named("pages_live_author"));
        IndexOperations revisions = mongo.indexOps(PageRevision.class);
        revisions.createIndex(new Index("pageId", Sort.Direction.ASC).on("revision", Sort.Direction.DESC).named("revisions_page"));
        revisions.createIndex(new Index("content.author.userId", Sort.Direction.ASC).named("revisions_author"));
        return TextIndex.probe(mongo);
    }
}
