package com.excelmedical.staffing.candidates.events;

import com.excelmedical.staffing.events.DomainEvent;
import com.excelmedical.staffing.events.PublishedEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A candidate's license or certification expires soon: published 30, 14 and 7 days before {@code expiresOn},
 * once per credential, threshold and expiry date (a renewed credential with a new date is told again).
 *
 * @param credentialKind {@code license} or {@code certification}
 * @param name           what the credential is, for a message: {@code RN license TX}, {@code ACLS}
 * @param daysLeft       the threshold reached: 30, 14 or 7 (the notice of a day the task missed comes late,
 *                       with the threshold it stands for)
 */
@PublishedEvent(topic = CandidatesTopics.CREDENTIALS, type = "staffing.candidates.CredentialExpiring.v1")
public record CredentialExpiring(UUID eventId, Instant occurredAt, UUID candidateId, String credentialKind, UUID credentialId,
                                 String name, LocalDate expiresOn, int daysLeft) implements DomainEvent {

    @Override
    public String subject() {
        return credentialId.toString();
    }
}
