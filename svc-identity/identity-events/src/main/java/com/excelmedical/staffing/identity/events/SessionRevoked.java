package com.excelmedical.staffing.identity.events;

import com.excelmedical.staffing.events.PublishedEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * One session ended before its time: logout, a refresh token presented twice, or a password change.
 * Access tokens carry their session as {@code sid}; every service and the gateway refuse the tokens of
 * this session from now until they expire.
 */
@PublishedEvent(topic = IdentityTopics.USERS, type = SessionRevoked.TYPE)
public record SessionRevoked(UUID eventId, Instant occurredAt, UUID userId, UUID sessionId) implements UserEvent {

    public static final String TYPE = "staffing.identity.SessionRevoked.v1";
}
