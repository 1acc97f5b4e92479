package com.excelmedical.staffing.platform.events;

import com.excelmedical.staffing.events.DomainEvent;
import com.excelmedical.staffing.platform.inbox.PoisonEventException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Writes domain events as CloudEvents JSON and reads envelopes back, refusing what is not one. */
public class CloudEventCodec {

    private final JsonMapper json;
    private final String source;

    public CloudEventCodec(JsonMapper json, String source) {
        this.json = json;
        this.source = source;
    }

    public EventEnvelope envelope(DomainEvent event) {
        return new EventEnvelope(EventEnvelope.SPEC_VERSION, event.eventId(), source, EventTypes.type(event.getClass()),
                event.occurredAt(), event.subject(), "application/json", json.valueToTree(event));
    }

    public String write(DomainEvent event) {
        return json.writeValueAsString(envelope(event));
    }

    /** Parses an envelope; anything that is not a complete CloudEvent is a poison record. */
    public EventEnvelope read(String value) {
        EventEnvelope envelope;
        try {
            envelope = json.readValue(value, EventEnvelope.class);
        } catch (JacksonException | IllegalArgumentException e) {
            throw new PoisonEventException("not a CloudEvents JSON envelope: " + e.getMessage(), e);
        }
        if (envelope == null || envelope.id() == null || envelope.type() == null || envelope.data() == null) {
            throw new PoisonEventException("CloudEvents envelope without id, type or data");
        }
        return envelope;
    }

    /** Reads the envelope's data as the given event record. */
    public <T> T data(EventEnvelope envelope, Class<T> eventClass) {
        try {
            return json.treeToValue(envelope.data(), eventClass);
        } catch (JacksonException | IllegalArgumentException e) {
            throw new PoisonEventException("data of " + envelope.type() + " " + envelope.id()
                    + " does not match " + eventClass.getSimpleName() + ": " + e.getMessage(), e);
        }
    }
}
