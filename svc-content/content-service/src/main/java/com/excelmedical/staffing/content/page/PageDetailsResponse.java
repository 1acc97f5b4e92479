package com.excelmedical.staffing.content.page;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A page as the caller may see it: the public gets the live version; editors get the working copy.
 *
 * @param revision how many times the page has been published
 */
public record PageDetailsResponse(UUID id, String type, String slug, String status, String title, String summary,
                           List<BlockResponse> blocks, SeoResponse seo, RelatedResponse related, String authorName,
                           boolean aiGenerated, int revision, Instant publishedAt, Instant updatedAt, long version) {

    public record SeoResponse(String title, String description, List<String> keywords) {
    }

    public record RelatedResponse(UUID specialtyId, String specialty, String stateCode, String city, String citySlug,
                                  UUID cityId) {
    }

    static PageDetailsResponse of(Page page, PageContent content) {
        return new PageDetailsResponse(UUID.fromString(page.id()), page.type().code(), page.slug(), page.status().code(),
                content.title(), content.summary(), content.blocks().stream().map(BlockResponse::of).toList(),
                new SeoResponse(content.seo().title(), content.seo().description(), content.seo().keywords()),
                related(content.related()), content.author() == null ? null : content.author().name(),
                content.aiGenerated(), page.revision(), page.publishedAt(), page.updatedAt(), page.version());
    }

    private static RelatedResponse related(Related r) {
        return new RelatedResponse(uuid(r.specialtyId()), r.specialtySlug(), r.stateCode(), r.cityName(), r.citySlug(),
                uuid(r.cityId()));
    }

    private static UUID uuid(String value) {
        return value == null ? null : UUID.fromString(value);
    }
}
