package com.excelmedical.staffing.identity.events;

import com.excelmedical.staffing.events.DomainEvent;

import java.util.UUID;

/** A fact about one user account; the Kafka key is the user id, so one user's events stay ordered. */
public sealed interface UserEvent extends DomainEvent permits UserRegistered, UserDeactivated, UserErased,
        UserRolesChanged, SessionRevoked {

    UUID userId();

    @Override
    default String subject() {
        return userId().toString();
    }
}
