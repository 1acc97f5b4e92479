package com.excelmedical.staffing.platform.testapp;

import com.excelmedical.staffing.events.DomainEvent;
import com.excelmedical.staffing.events.PublishedEvent;

import java.time.Instant;
import java.util.UUID;

@PublishedEvent(topic = NoteCreated.TOPIC, type = "staffing.test.NoteCreated.v1")
public record NoteCreated(UUID eventId, Instant occurredAt, UUID noteId, String text) implements DomainEvent {

    public static final String TOPIC = "test.notes";

    @Override
    public String subject() {
        return noteId.toString();
    }
}
