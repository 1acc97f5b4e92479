package com.excelmedical.staffing.jobs.support;

import java.util.List;

/** The platform's page shape: {@code {items, page, size, totalItems, totalPages}}. */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static <T> PageResponse<T> whole(List<T> items) {
        return new PageResponse<>(items, 0, items.size(), items.size(), 1);
    }

    public static <T> PageResponse<T> of(List<T> items, int page, int size, long totalItems) {
        return new PageResponse<>(items, page, size, totalItems, (int) ((totalItems + size - 1) / size));
    }
}
