package com.excelmedical.staffing.platform.revocation;

/** What a revocation event revokes, as the metric tag names it. */
enum RevocationKind {
    SESSION("session"), USER("user"), ROLES("roles");

    private final String tag;

    RevocationKind(String tag) {
        this.tag = tag;
    }

    String tag() {
        return tag;
    }
}
