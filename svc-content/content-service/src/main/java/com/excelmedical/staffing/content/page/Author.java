package com.excelmedical.staffing.content.page;

/** Who wrote the page: the user id, and the name shown as byline (removed when the user is erased). */
public record Author(String userId, String name) {
}
