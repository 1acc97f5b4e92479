package com.excelmedical.staffing.content.page;

import com.excelmedical.staffing.content.ContentProperties;
import com.excelmedical.staffing.content.page.search.PageSearch;
import com.excelmedical.staffing.content.page.search.PageSearchRequest;
import com.excelmedical.staffing.content.web.HttpCaching;
import com.excelmedical.staffing.platform.paging.PageQuery;
import com.excelmedical.staffing.platform.paging.PageResponse;
import com.excelmedical.staffing.platform.problems.NotFoundException;
import com.excelmedical.staffing.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@RestController
@RequestMapping("/content/pages")
class PageController {

    private static final String PAGE_ID = "/{pageId:[0-9a-fA-F-]{36}}";
    private static final String EDITORS = "hasAnyRole('editor', 'admin')";

    private final PageService pages;
    private final PageSearch search;
    private final ContentProperties properties;

    PageController(PageService pages, PageSearch search, ContentProperties properties) {
        this.pages = pages;
        this.search = search;
        this.properties = properties;
    }

    @GetMapping
    ResponseEntity<PageResponse<PageSummaryResponse>> list(@ParameterObject @Valid PageSearchRequest request, PageQuery page) {
        PageSearch.Result result = search.search(request, page.offset(), page.size());
        PageResponse<PageSummaryResponse> body = PageResponse.of(
                result.pages().stream().map(PageSummaryResponse::of).toList(), page, result.total());
        return ResponseEntity.ok().cacheControl(org.springframework.http.CacheControl.maxAge(properties.cache().maxAge()).cachePublic())
                .body(body);
    }

    /** A published page by slug; editors and admins also see drafts (the working copy). */
    @GetMapping("/{slug:[a-z0-9-]{1,120}}")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "304", description = "Not modified: the If-None-Match tag is current")
    ResponseEntity<PageDetailsResponse> get(@PathVariable String slug,
                                     @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        boolean editor = CurrentUser.current().map(user -> user.hasAnyRole("editor", "admin")).orElse(false);
        PageView view = pages.view(slug, editor).orElseThrow(() -> new NotFoundException("Page", slug));
        return HttpCaching.conditional(ifNoneMatch, view.etag(), view.shared(), properties.cache().maxAge(), view::response);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @ApiResponse(responseCode = "409", description = "The slug is taken; the problem names a free one")
    @PreAuthorize(EDITORS)
    ResponseEntity<PageDetailsResponse> create(@Valid @RequestBody PageRequest request, CurrentUser user) {
        PageDetailsResponse page = pages.create(request, user);
        return ResponseEntity.created(URI.create("/content/pages/" + page.slug())).body(page);
    }

    @PutMapping(PAGE_ID)
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "409", description = "Stale version, slug taken, or the page cannot be edited in its status")
    @PreAuthorize(EDITORS)
    PageDetailsResponse edit(@PathVariable UUID pageId, @Valid @RequestBody PageRequest request, CurrentUser user) {
        return pages.edit(pageId, request, user);
    }

    @PostMapping(PAGE_ID + "/submit")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "409", description = "The page is not a draft")
    @PreAuthorize(EDITORS)
    PageDetailsResponse submit(@PathVariable UUID pageId) {
        return pages.submit(pageId);
    }

    @PostMapping(PAGE_ID + "/return")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "409", description = "The page is not in review")
    @PreAuthorize(EDITORS)
    PageDetailsResponse returnToDraft(@PathVariable UUID pageId) {
        return pages.returnToDraft(pageId);
    }

    @PostMapping(PAGE_ID + "/publish")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "409", description = "The page is not in review")
    @PreAuthorize(EDITORS)
    PageDetailsResponse publish(@PathVariable UUID pageId) {
        return pages.publish(pageId);
    }

    @PostMapping(PAGE_ID + "/archive")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "409", description = "The page is not published")
    @PreAuthorize(EDITORS)
    PageDetailsResponse archive(@PathVariable UUID pageId) {
        return pages.archive(pageId);
    }

    @GetMapping(PAGE_ID + "/revisions")
    @PreAuthorize(EDITORS)
    List<RevisionResponse> revisions(@PathVariable UUID pageId) {
        return pages.revisions(pageId);
    }
}
