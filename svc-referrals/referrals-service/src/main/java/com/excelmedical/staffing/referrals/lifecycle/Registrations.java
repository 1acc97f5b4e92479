package com.excelmedical.staffing.referrals.lifecycle;

import com.excelmedical.staffing.identity.events.UserRegistered;
import com.excelmedical.staffing.referrals.code.ReferralCodes;
import com.excelmedical.staffing.referrals.events.ReferralRegistered;
import com.excelmedical.staffing.referrals.member.Members;
import com.excelmedical.staffing.referrals.referral.Referrals;
import com.excelmedical.staffing.referrals.support.ShortCode;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/**
 * A user registered: they get their own code, and become the referred person of a referral, if they typed
 * a valid code (which beats any invitation) or else if their email had an open invitation (the first
 * one wins). An unknown or malformed code is ignored and counted: the registration itself succeeded.
 */
@Component
class Registrations {

    private final Members members;
    private final ReferralCodes codes;
    private final Referrals referrals;
    private final ApplicationEventPublisher events;
    private final MeterRegistry registry;

    Registrations(Members members, ReferralCodes codes, Referrals referrals, ApplicationEventPublisher events,
                  MeterRegistry registry) {
        this.members = members;
        this.codes = codes;
        this.referrals = referrals;
        this.events = events;
        this.registry = registry;
    }

    /** False when this registration was processed before (or the user was erased before it arrived). */
    boolean register(UserRegistered event) {
        if (!members.register(event.userId(), event.email(), event.occurredAt())) {
            return false;
        }
        codes.ensure(event.userId());
        Optional<UUID> referrer = referrerByCode(event);
        if (referrer.isPresent()) {
            linkByCode(event, referrer.get());
        } else if (event.email() != null) {
            referrals.firstInvitation(event.email()).ifPresent(invitation -> link(invitation, event, "invitation"));
        }
        return true;
    }

    private Optional<UUID> referrerByCode(UserRegistered event) {
        if (event.referralCode() == null || event.referralCode().isBlank()) {
            return Optional.empty();
        }
        Optional<ShortCode> code = ShortCode.parse(event.referralCode());
        if (code.isEmpty()) {
            ignored("malformed");
            return Optional.empty();
        }
        Optional<UUID> owner = codes.owner(code.get()).filter(user -> !user.equals(event.userId()));
        if (owner.isEmpty()) {
            ignored("unknown");
        }
        return owner;
    }

    private void linkByCode(UserRegistered event, UUID referrerId) {
        String code = codes.of(referrerId).orElseThrow().value();
        Optional<UUID> invitation = event.email() == null ? Optional.empty() : referrals.invitation(referrerId, event.email());
        if (invitation.isPresent()) {
            referrals.setCode(invitation.get(), code);
            link(invitation.get(), event, "code");
            return;
        }
        UUID id = UUID.randomUUID();
        referrals.registerWithCode(id, referrerId, event.userId(), code, new Referrals.Invitee(event.email(),
                name(event), null, null), event.occurredAt());
        events.publishEvent(new ReferralRegistered(UUID.randomUUID(), event.occurredAt(), id, referrerId, event.userId(), "code"));
    }

    private void link(UUID referralId, UserRegistered event, String via) {
        referrals.link(referralId, event.userId(), event.occurredAt());
        UUID referrerId = referrals.ofReferredUser(event.userId()).orElseThrow().referrerId();
        events.publishEvent(new ReferralRegistered(UUID.randomUUID(), event.occurredAt(), referralId, referrerId,
                event.userId(), via));
    }

    private void ignored(String reason) {
        registry.counter("referrals.registration.codes.ignored", "reason", reason).increment();
    }

    private static String name(UserRegistered event) {
        String name = ((event.firstName() == null ? "" : event.firstName()) + " "
                + (event.lastName() == null ? "" : event.lastName())).strip();
        return name.isEmpty() ? null : name.length() > 100 ? name.substring(0, 100) : name;
    }
}
