package com.excelmedical.staffing.identity.events;

import com.excelmedical.staffing.events.PublishedEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * The user exercised the right to erasure (GDPR Art. 17): the account is closed and its personal data
 * anonymized in svc-identity. Every consumer erases or anonymizes what it holds about this user,
 * including what it copied from {@link UserRegistered}. Carries nothing but the user id on purpose.
 */
@PublishedEvent(topic = IdentityTopics.USERS, type = UserErased.TYPE)
public record UserErased(UUID eventId, Instant occurredAt, UUID userId) implements UserEvent {

    public static final String TYPE = "staffing.identity.UserErased.v1";
}
