package com.excelmedical.staffing.gateway.ratelimit;

/** Which bucket a request draws from. */
public enum Tier {
    /** No token: one bucket per client IP. */
    ANONYMOUS("anonymous"),
    /** A verified token: one bucket per user id. */
    USER("user"),
    /** Sign-in and registration: a small bucket per client IP, whatever the token. */
    CREDENTIALS("credentials");

    private final String id;

    Tier(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
