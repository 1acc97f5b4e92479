package com.excelmedical.staffing.content.page;

/**
 * A page as one caller reads it.
 *
 * @param shared whether it is the public live version, which caches may keep; an editor's view is private
 */
public record PageView(Page page, PageContent content, boolean shared) {

    public PageDetailsResponse response() {
        return PageDetailsResponse.of(page, content);
    }

    /** Changes with every write to the page, so any edit gives a new tag. */
    public String etag() {
        return "\"p-" + page.id() + "-" + page.version() + (shared ? "" : "-e") + "\"";
    }
}
