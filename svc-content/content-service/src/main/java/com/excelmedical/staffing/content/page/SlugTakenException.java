package com.excelmedical.staffing.content.page;

import com.excelmedical.staffing.platform.problems.ConflictException;

/** 409: another page has this slug; names one that is free. */
public class SlugTakenException extends ConflictException {

    private final String suggestion;

    public SlugTakenException(String slug, String suggestion) {
        super("slug-taken", "The slug " + slug + " is taken; " + suggestion + " is free", "slug");
        this.suggestion = suggestion;
    }

    public String suggestion() {
        return suggestion;
    }
}
