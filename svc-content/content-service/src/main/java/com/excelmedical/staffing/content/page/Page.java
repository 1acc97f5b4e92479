package com.excelmedical.staffing.content.page;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A page and its workflow. {@code draft} is the working copy editors change; {@code live} is what the public
 * reads, replaced only by a publication (the one it replaces goes to {@code page_revisions}). Every change is
 * one single-document write guarded by {@code version}, the pending {@code PagePublished} included.
 */
@Document(Page.COLLECTION)
public class Page {

    public static final String COLLECTION = "pages";

    @Id
    private String id;
    private PageType type;
    private String slug;
    private PageStatus status;
    private PageContent draft;
    private PageContent live;
    private boolean visible;
    private int revision;
    private Instant createdAt;
    private Instant updatedAt;
    private Instant publishedAt;
    private List<String> searchTerms = new ArrayList<>();
    private List<PendingEvent> pendingEvents = new ArrayList<>();
    @Version
    private Long version;

    protected Page() {
    }

    static Page create(PageType type, String slug, PageContent content, Instant now) {
        Page page = new Page();
        page.id = UUID.randomUUID().toString();
        page.type = type;
        page.slug = slug;
        page.status = PageStatus.DRAFT;
        page.draft = content;
        page.createdAt = now;
        page.updatedAt = now;
        return page;
    }

    /** Changes the working copy; a published page goes back to draft while its live version stays online. */
    void edit(String newSlug, PageContent content, Instant now) {
        if (status != PageStatus.DRAFT && status != PageStatus.PUBLISHED) {
            throw new IllegalPageTransitionException(status, "edited");
        }
        slug = newSlug;
        draft = content;
        status = PageStatus.DRAFT;
        updatedAt = now;
    }

    void submit(Instant now) {
        move(PageStatus.DRAFT, PageStatus.IN_REVIEW, "submitted", now);
    }

    void returnToDraft(Instant now) {
        move(PageStatus.IN_REVIEW, PageStatus.DRAFT, "returned to draft", now);
    }

    /**
     * Makes the working copy the live version and records the event to publish, in this same document.
     *
     * @return the live version this one replaces, to keep as a revision; null the first time
     */
    PageContent publish(Instant now) {
        move(PageStatus.IN_REVIEW, PageStatus.PUBLISHED, "published", now);
        PageContent previous = live;
        live = draft;
        visible = true;
        revision++;
        publishedAt = now;
        searchTerms = SearchTerms.of(live);
        pendingEvents.add(new PendingEvent(UUID.randomUUID().toString(), now, slug, type.code(), live.title(), revision));
        return previous;
    }

    void archive(Instant now) {
        move(PageStatus.PUBLISHED, PageStatus.ARCHIVED, "archived", now);
        visible = false;
    }

    private void move(PageStatus from, PageStatus to, String action, Instant now) {
        if (status != from) {
            throw new IllegalPageTransitionException(status, action);
        }
        status = to;
        updatedAt = now;
    }

    public String id() {
        return id;
    }

    public PageType type() {
        return type;
    }

    public String slug() {
        return slug;
    }

    public PageStatus status() {
        return status;
    }

    public PageContent draft() {
        return draft;
    }

    public PageContent live() {
        return live;
    }

    public boolean visible() {
        return visible;
    }

    public int revision() {
        return revision;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public List<PendingEvent> pendingEvents() {
        return List.copyOf(pendingEvents);
    }

    public long version() {
        return version == null ? 0 : version;
    }
}
