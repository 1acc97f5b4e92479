package com.excelmedical.staffing.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A fact a service publishes about its own data. Implemented by the event records of each service's
 * {@code -events} module, usually through one sealed interface per aggregate.
 */
public interface DomainEvent {

    /** Unique per event and stable across re-publication, so that consumers can deduplicate. */
    UUID eventId();

    /** When the change happened. */
    Instant occurredAt();

    /** The id of the aggregate the event is about: the Kafka key and the CloudEvents {@code subject}. */
    String subject();
}
