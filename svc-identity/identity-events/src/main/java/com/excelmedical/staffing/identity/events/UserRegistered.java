package com.excelmedical.staffing.identity.events;

import com.excelmedical.staffing.events.PublishedEvent;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A user account was created, by self-registration (role {@code candidate}) or by an admin (staff roles).
 * Carries the name and email because svc-candidates creates the profile from them and svc-referrals
 * links a referral by email; a later {@link UserErased} tells every consumer to drop them.
 *
 * @param referralCode the referral code given at registration, or null
 */
@PublishedEvent(topic = IdentityTopics.USERS, type = UserRegistered.TYPE)
public record UserRegistered(UUID eventId, Instant occurredAt, UUID userId, String email, String firstName,
                             String lastName, List<String> roles, String referralCode) implements UserEvent {

    public static final String TYPE = "staffing.identity.UserRegistered.v1";
}
