package com.excelmedical.staffing.platform.paging;

import java.util.List;

/**
 * The platform's one page shape, used by every list: {@code {items, page, size, totalItems, totalPages}}.
 * {@code size} is the page size asked for (not the number of items on this page), and {@code totalPages} is
 * {@code ceil(totalItems / size)}, so an empty result is {@code totalItems: 0, totalPages: 0}.
 */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems, long totalPages) {

    public static <T> PageResponse<T> of(List<T> items, PageQuery query, long totalItems) {
        return new PageResponse<>(items, query.page(), query.size(), totalItems, pages(totalItems, query.size()));
    }

    /**
     * A short list returned whole as its only page (reference data): {@code size} is its length, and an
     * empty list has no pages.
     */
    public static <T> PageResponse<T> whole(List<T> items) {
        return new PageResponse<>(List.copyOf(items), 0, items.size(), items.size(), items.isEmpty() ? 0 : 1);
    }

    /** The requested page of a list held whole in memory (a short list: saved alerts, reference data). */
    public static <T> PageResponse<T> slice(List<T> all, PageQuery query) {
        int from = (int) Math.min(query.offset(), all.size());
        int to = (int) Math.min(query.offset() + query.size(), all.size());
        return of(List.copyOf(all.subList(from, to)), query, all.size());
    }

    static long pages(long totalItems, int size) {
        return (totalItems + size - 1) / size;
    }
}
