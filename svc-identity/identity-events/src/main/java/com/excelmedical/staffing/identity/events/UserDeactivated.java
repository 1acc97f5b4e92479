package com.excelmedical.staffing.identity.events;

import com.excelmedical.staffing.events.PublishedEvent;

import java.time.Instant;
import java.util.UUID;

/** An admin deactivated the account: it can no longer log in and its sessions are revoked. */
@PublishedEvent(topic = IdentityTopics.USERS, type = UserDeactivated.TYPE)
public record UserDeactivated(UUID eventId, Instant occurredAt, UUID userId) implements UserEvent {

    public static final String TYPE = "staffing.identity.UserDeactivated.v1";
}
