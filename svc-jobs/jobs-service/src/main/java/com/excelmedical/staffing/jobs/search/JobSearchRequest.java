package com.excelmedical.staffing.jobs.search;

import com.excelmedical.staffing.platform.paging.PageQuery;
import com.excelmedical.staffing.platform.validation.Money;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The query parameters of {@code GET /jobs}. Any text is accepted in {@code q}: it is read with
 * PostgreSQL's web search syntax ({@code "exact phrase"}, {@code or}, {@code -excluded}), which never
 * rejects input.
 *
 * @param near        a city id; with {@code radiusMiles} (default 50) keeps jobs within that distance
 */
public record JobSearchRequest(
        @Size(max = 200) String q,
        UUID specialty,
        UUID profession,
        @Pattern(regexp = "[A-Za-z]{2}", message = "must be a two-letter state code") String state,
        UUID city,
        @Pattern(regexp = "travel|perm|per_diem|local", message = "must be travel, perm, per_diem or local") String jobType,
        @Pattern(regexp = "day|night|evening|rotating", message = "must be day, night, evening or rotating") String shift,
        @Money BigDecimal minWeeklyPay,
        LocalDate startFrom,
        LocalDate startTo,
        Boolean featured,
        @Pattern(regexp = "relevance|pay|start|newest", message = "must be relevance, pay, start or newest") String sort,
        @Min(0) Integer page,
        @Min(1) @Max(100) Integer size,
        UUID near,
        @Min(1) @Max(500) Integer radiusMiles) {

    /** The page asked for, within the platform's page bounds (a 400 naming {@code page} or {@code size} beyond them). */
    public PageQuery pageQuery() {
        return new PageQuery(page == null ? 0 : page, size == null ? PageQuery.DEFAULT_SIZE : size);
    }

    public int radiusOrDefault() {
        return radiusMiles == null ? 50 : radiusMiles;
    }
}
