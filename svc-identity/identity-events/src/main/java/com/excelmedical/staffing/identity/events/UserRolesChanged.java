package com.excelmedical.staffing.identity.events;

import com.excelmedical.staffing.events.PublishedEvent;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An admin changed the user's roles. Access tokens issued before the change carry the old roles: every
 * service and the gateway refuse them from now until they expire; the next token carries {@code roles}.
 *
 * @param roles the roles the user holds now
 */
@PublishedEvent(topic = IdentityTopics.USERS, type = UserRolesChanged.TYPE)
public record UserRolesChanged(UUID eventId, Instant occurredAt, UUID userId, List<String> roles) implements UserEvent {

    public static final String TYPE = "staffing.identity.UserRolesChanged.v1";
}
