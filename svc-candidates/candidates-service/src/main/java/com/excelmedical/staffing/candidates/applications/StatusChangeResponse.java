package com.excelmedical.staffing.candidates.applications;

import java.time.Instant;
import java.util.UUID;

/**
 * One history row. A candidate sees the moves and reasons, but who on the staff moved it and the staff's
 * notes stay hidden ({@code changedBy} and {@code note} null).
 */
public record StatusChangeResponse(String fromStatus, String status, UUID changedBy, String role, Instant changedAt,
                                   String note, String reason) {

    static StatusChangeResponse of(StatusChange change, boolean staff) {
        boolean own = change.actor().role() == ActorRole.CANDIDATE;
        return new StatusChangeResponse(change.from() == null ? null : change.from().code(), change.to().code(),
                staff || own ? change.actor().id() : null, change.actor().role().code(), change.at(),
                staff || own ? change.note() : null, change.reason());
    }
}
