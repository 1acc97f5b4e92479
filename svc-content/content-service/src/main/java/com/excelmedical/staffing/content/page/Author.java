package com.excelmedical.staffing.content.page;

/** Who wrote the page: the user's id, and the name shown as byline (removed when the user is erased). */
public record Author(String id, String name) {
}
