package com.excelmedical.staffing.platform.testapp;

import com.excelmedical.staffing.platform.inbox.EventDispatcher;
import com.excelmedical.staffing.platform.inbox.EventInbox;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Consumes the notes topic through the inbox; every handled event leaves one row in handled_note. A test
 * that needs a context of its own moves it to another topic and consumer group
 * ({@code starter-test.inbox-topic}, {@code starter-test.inbox-group}), so that no other context's listener
 * takes its records.
 */
@Component
class HandledNotes {

    static final String ALWAYS_FAILS = "the handler always fails on this";

    private final JdbcTemplate jdbc;
    private final EventDispatcher dispatcher;
    private final Map<UUID, AtomicInteger> attempts = new ConcurrentHashMap<>();

    HandledNotes(EventInbox inbox, JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.dispatcher = inbox.dispatcher("test.handled-notes").on(NoteCreated.class, this::handle);
    }

    @KafkaListener(topics = "${starter-test.inbox-topic:" + NoteCreated.TOPIC + "}", groupId = "${starter-test.inbox-group:starter-test}")
    void on(String record) {
        dispatcher.dispatch(record);
    }

    private void handle(NoteCreated event) {
        attempts.computeIfAbsent(event.noteId(), id -> new AtomicInteger()).incrementAndGet();
        if (ALWAYS_FAILS.equals(event.text())) {
            throw new IllegalStateException("cannot handle note " + event.noteId());
        }
        jdbc.update("insert into handled_note (event_id, note_id, text) values (?, ?, ?)", event.eventId(), event.noteId(), event.text());
    }

    int timesHandled(UUID noteId) {
        return jdbc.queryForObject("select count(*) from handled_note where note_id = ?", Integer.class, noteId);
    }

    /** How often the handler ran for the note, failed runs included. */
    int attempts(UUID noteId) {
        AtomicInteger count = attempts.get(noteId);
        return count == null ? 0 : count.get();
    }

    int timesHandledByText(String text) {
        return jdbc.queryForObject("select count(*) from handled_note where text = ?", Integer.class, text);
    }
}
