package com.excelmedical.staffing.identity.events;

/** The Kafka topics svc-identity publishes to. */
public final class IdentityTopics {

    /** Every event about a user account, keyed by user id. */
    public static final String USERS = "identity.users";

    private IdentityTopics() {
    }
}
