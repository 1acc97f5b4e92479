package com.excelmedical.staffing.content.page;

import java.util.List;

/** What an editor writes: one version of a page's content, the working copy or the published one. */
public record PageContent(String title, String summary, List<Block> blocks, Seo seo, Related related, Author author,
                          boolean aiGenerated) {

    public PageContent {
        blocks = List.copyOf(blocks);
    }

    PageContent withoutAuthorName() {
        return new PageContent(title, summary, blocks, seo, related, author == null ? null : new Author(author.userId(), null),
                aiGenerated);
    }
}
