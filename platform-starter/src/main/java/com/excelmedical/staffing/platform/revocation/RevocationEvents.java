package com.excelmedical.staffing.platform.revocation;

import com.excelmedical.staffing.identity.events.SessionRevoked;
import com.excelmedical.staffing.identity.events.UserDeactivated;
import com.excelmedical.staffing.identity.events.UserErased;
import com.excelmedical.staffing.identity.events.UserRolesChanged;
import com.excelmedical.staffing.platform.events.CloudEventCodec;
import com.excelmedical.staffing.platform.events.EventEnvelope;

import java.time.Instant;
import java.util.Optional;

/** Applies one record of svc-identity's user topic to the list; other event types revoke nothing. */
final class RevocationEvents {

    private final CloudEventCodec codec;
    private final RevocationList revocations;

    RevocationEvents(CloudEventCodec codec, RevocationList revocations) {
        this.codec = codec;
        this.revocations = revocations;
    }

    /** @return what was revoked and when, or empty for an event that revokes nothing */
    Optional<Applied> apply(String recordValue) {
        EventEnvelope envelope = codec.read(recordValue);
        return Optional.ofNullable(switch (envelope.type()) {
            case SessionRevoked.TYPE -> {
                SessionRevoked event = codec.data(envelope, SessionRevoked.class);
                revocations.revokeSession(event.sessionId().toString(), event.occurredAt());
                yield new Applied(RevocationKind.SESSION, event.occurredAt());
            }
            case UserDeactivated.TYPE -> {
                UserDeactivated event = codec.data(envelope, UserDeactivated.class);
                revocations.revokeUser(event.userId().toString(), event.occurredAt());
                yield new Applied(RevocationKind.USER, event.occurredAt());
            }
            case UserErased.TYPE -> {
                UserErased event = codec.data(envelope, UserErased.class);
                revocations.revokeUser(event.userId().toString(), event.occurredAt());
                yield new Applied(RevocationKind.USER, event.occurredAt());
            }
            case UserRolesChanged.TYPE -> {
                UserRolesChanged event = codec.data(envelope, UserRolesChanged.class);
                revocations.changeRoles(event.userId().toString(), event.occurredAt(), event.roles());
                yield new Applied(RevocationKind.ROLES, event.occurredAt());
            }
            default -> null;
        });
    }

    record Applied(RevocationKind kind, Instant occurredAt) {
    }
}
