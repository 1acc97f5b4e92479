package com.excelmedical.staffing.platform.inbox;

import com.excelmedical.staffing.platform.events.CloudEventCodec;
import io.micrometer.core.instrument.MeterRegistry;

/** Creates the dispatchers through which a service consumes other services' events idempotently. */
public class EventInbox {

    private final CloudEventCodec codec;
    private final InboxStore store;
    private final MeterRegistry registry;

    public EventInbox(CloudEventCodec codec, InboxStore store, MeterRegistry registry) {
        this.codec = codec;
        this.store = store;
        this.registry = registry;
    }

    /**
     * @param consumer a stable name of the consuming use case, for example {@code referrals.bonus}; events
     *                 are deduplicated per consumer, so two use cases may each handle the same event once
     */
    public EventDispatcher dispatcher(String consumer) {
        return new EventDispatcher(consumer, codec, store, registry);
    }
}
