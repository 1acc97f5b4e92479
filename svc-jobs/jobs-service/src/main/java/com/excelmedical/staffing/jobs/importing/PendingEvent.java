package com.excelmedical.staffing.jobs.importing;

import com.excelmedical.staffing.jobs.job.Codes;

import java.util.Optional;

/**
 * The event an import recorded on a job row for the relay ({@code jobs.pending_event}); a status change
 * keeps the status it left in {@code jobs.pending_from_status}. The column accepts only these codes.
 */
enum PendingEvent {
    PUBLISHED, UPDATED, STATUS_CHANGED;

    String code() {
        return Codes.of(this);
    }

    static Optional<PendingEvent> fromCode(String code) {
        return Codes.parse(PendingEvent.class, code);
    }
}
