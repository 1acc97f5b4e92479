package com.excelmedical.staffing.content.page.search;

import com.excelmedical.staffing.content.page.PageType;
import com.excelmedical.staffing.content.reference.Slugs;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The filters of {@code GET /content/pages}, each optional.
 *
 * @param q         words that must all occur in the title, summary, SEO description or keywords
 * @param city      a city slug ({@code san-antonio})
 * @param specialty a specialty slug ({@code labor-and-delivery})
 */
public record PageSearchRequest(@Size(max = 200) String q,
                                @Pattern(regexp = PageType.CODES) String type,
                                @Size(max = 120) @Pattern(regexp = Slugs.PATTERN) String city,
                                @Pattern(regexp = "[A-Z]{2}") String state,
                                @Size(max = 120) @Pattern(regexp = Slugs.PATTERN) String specialty) {
}
