package com.excelmedical.staffing.content.page;

import java.time.Instant;
import java.util.List;

/** An earlier live version of a page. */
public record RevisionResponse(int revision, String title, String summary, List<BlockResponse> blocks,
                               String authorName, Instant publishedAt, Instant replacedAt) {

    static RevisionResponse of(PageRevision revision) {
        PageContent c = revision.content();
        return new RevisionResponse(revision.revision(), c.title(), c.summary(), c.blocks().stream().map(BlockResponse::of).toList(),
                c.author() == null ? null : c.author().name(), revision.publishedAt(), revision.replacedAt());
    }
}
