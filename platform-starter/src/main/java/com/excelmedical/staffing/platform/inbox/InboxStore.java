package com.excelmedical.staffing.platform.inbox;

import com.excelmedical.staffing.platform.events.EventEnvelope;

/** Remembers which events a consumer has handled, so that a redelivered event has no second effect. */
public interface InboxStore {

    /**
     * Runs the handler unless this consumer already handled the event.
     *
     * @return whether the handler ran
     */
    boolean runOnce(String consumer, EventEnvelope envelope, Runnable handler);
}
