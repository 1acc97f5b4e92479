package com.excelmedical.staffing.content.page;

import java.util.List;

/** What search engines are told about a page. */
public record Seo(String title, String description, List<String> keywords) {

    public Seo {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }
}
