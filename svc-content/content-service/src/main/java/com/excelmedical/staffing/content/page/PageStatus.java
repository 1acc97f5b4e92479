package com.excelmedical.staffing.content.page;

import java.util.Locale;

/** Where the page's working copy is in the workflow: {@code draft → in_review → published → archived}. */
public enum PageStatus {
    DRAFT, IN_REVIEW, PUBLISHED, ARCHIVED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
