package com.excelmedical.staffing.content.page;

import com.excelmedical.staffing.content.reference.Slugs;
import com.excelmedical.staffing.platform.problems.InvalidInputException;
import com.excelmedical.staffing.platform.problems.NotFoundException;
import com.excelmedical.staffing.platform.security.CurrentUser;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;

/** Pages: create and edit working copies, move them through the workflow, read them as the caller may. */
@Service
public class PageService {

    private final MongoOperations mongo;
    private final PageContents contents;
    private final Clock clock;

    PageService(MongoOperations mongo, PageContents contents, Clock clock) {
        this.mongo = mongo;
        this.contents = contents;
        this.clock = clock;
    }

    PageDetailsResponse create(PageRequest request, CurrentUser user) {
        PageContent content = contents.from(request, user);
        String slug = request.slug() != null ? request.slug() : Slugs.of(content.title());
        if (slug.isEmpty()) {
            throw new InvalidInputException("title", "must contain letters or digits to make a slug of");
        }
        Page page = Page.create(PageType.fromCode(request.type()).orElseThrow(), slug, content, clock.instant());
        requireFree(slug, page.id());
        try {
            mongo.insert(page);
        } catch (DuplicateKeyException raced) {
            throw new SlugTakenException(slug, freeSlug(slug));
        }
        return PageDetailsResponse.of(page, page.draft());
    }

    PageDetailsResponse edit(UUID pageId, PageRequest request, CurrentUser user) {
        if (request.version() == null) {
            throw new InvalidInputException("version", "must be the version of the page the edit was made on");
        }
        Page page = load(pageId);
        if (request.version() != page.version()) {
            throw new OptimisticLockingFailureException("page " + pageId + " is at version " + page.version());
        }
        if (!page.type().code().equals(request.type())) {
            throw new InvalidInputException("type", "cannot change; create another page instead");
        }
        String slug = request.slug() != null ? request.slug() : page.slug();
        requireFree(slug, page.id());
        page.edit(slug, contents.from(request, user), clock.instant());
        return save(page, slug);
    }

    PageDetailsResponse submit(UUID pageId) {
        return step(pageId, Page::submit);
    }

    PageDetailsResponse returnToDraft(UUID pageId) {
        return step(pageId, Page::returnToDraft);
    }

    PageDetailsResponse archive(UUID pageId) {
        return step(pageId, Page::archive);
    }

    /** Publishes the working copy; the live version it replaces is kept as a revision first (idempotent by id). */
    PageDetailsResponse publish(UUID pageId) {
        Page page = load(pageId);
        Instant now = clock.instant();
        Instant previousPublication = page.publishedAt();
        PageContent replaced = page.publish(now);
        if (replaced != null) {
            mongo.save(PageRevision.of(page, replaced, previousPublication, now));
        }
        return save(page, page.slug());
    }

    /** The page for this caller: editors see any page's working copy, everyone else only a live version. */
    public Optional<PageView> view(String slug, boolean editor) {
        Query query = Query.query(Criteria.where("slug").is(slug));
        if (!editor) {
            query.addCriteria(Criteria.where("visible").is(true));
        }
        return Optional.ofNullable(mongo.findOne(query, Page.class))
                .map(page -> new PageView(page, editor ? page.draft() : page.live(), !editor));
    }

    /** The newest published specialty guide of a specialty, for its landing pages. */
    public Optional<Page> specialtyGuide(String specialtySlug) {
        Query query = Query.query(Criteria.where("visible").is(true).and("type").is(PageType.SPECIALTY_GUIDE)
                .and("live.related.specialtySlug").is(specialtySlug)).with(Sort.by(Sort.Direction.DESC, "publishedAt")).limit(1);
        return Optional.ofNullable(mongo.findOne(query, Page.class));
    }

    /** Every published page, oldest first: for the sitemap. */
    public List<Page> published() {
        Query query = Query.query(Criteria.where("visible").is(true)).with(Sort.by("publishedAt", "_id"));
        query.fields().include("slug", "updatedAt", "publishedAt", "type");
        return mongo.find(query, Page.class);
    }

    List<RevisionResponse> revisions(UUID pageId) {
        load(pageId);
        Query query = Query.query(Criteria.where("pageId").is(pageId.toString())).with(Sort.by(Sort.Direction.DESC, "revision"));
        return mongo.find(query, PageRevision.class).stream().map(RevisionResponse::of).toList();
    }

    private PageDetailsResponse step(UUID pageId, BiConsumer<Page, Instant> step) {
        Page page = load(pageId);
        step.accept(page, clock.instant());
        return save(page, page.slug());
    }

    private PageDetailsResponse save(Page page, String slug) {
        try {
            mongo.save(page);
        } catch (DuplicateKeyException raced) {
            throw new SlugTakenException(slug, freeSlug(slug));
        }
        return PageDetailsResponse.of(page, page.draft());
    }

    private Page load(UUID pageId) {
        Page page = mongo.findById(pageId.toString(), Page.class);
        if (page == null) {
            throw new NotFoundException("Page", pageId);
        }
        return page;
    }

    private void requireFree(String slug, String pageId) {
        if (isTaken(slug, pageId)) {
            throw new SlugTakenException(slug, freeSlug(slug));
        }
    }

    private boolean isTaken(String slug, String pageId) {
        return mongo.exists(Query.query(Criteria.where("slug").is(slug).and("_id").ne(pageId)), Page.class);
    }

    private String freeSlug(String slug) {
        String base = slug.length() > Slugs.MAX_LENGTH - 4 ? slug.substring(0, Slugs.MAX_LENGTH - 4) : slug;
        for (int n = 2; ; n++) {
            String candidate = base + "-" + n;
            if (!isTaken(candidate, "")) {
                return candidate;
            }
        }
    }
}
