package com.excelmedical.staffing.platform.testapp;

import com.excelmedical.staffing.platform.inbox.EventDispatcher;
import com.excelmedical.staffing.platform.inbox.EventInbox;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.UUID;

/** Consumes the notes topic through the inbox; every handled event leaves one row in handled_note. */
@Component
class HandledNotes {

    static final String ALWAYS_FAILS = "the handler always fails on this";

    private final JdbcTemplate jdbc;
    private final EventDispatcher dispatcher;

    HandledNotes(EventInbox inbox, JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.dispatcher = inbox.dispatcher("test.handled-notes").on(NoteCreated.class, this::handle);
    }

    @KafkaListener(topics = NoteCreated.TOPIC, groupId = "starter-test")
    void on(String record) {
        dispatcher.dispatch(record);
    }

    private void handle(NoteCreated event) {
        if (ALWAYS_FAILS.equals(event.text())) {
            throw new IllegalStateException("cannot handle note " + event.noteId());
        }
        jdbc.update("insert into handled_note (event_id, note_id, text) values (?, ?, ?)", event.eventId(), event.noteId(), event.text());
    }

    int timesHandled(UUID noteId) {
        return jdbc.queryForObject("select count(*) from handled_note where note_id = ?", Integer.class, noteId);
    }

    int timesHandledByText(String text) {
        return jdbc.queryForObject("select count(*) from handled_note where text = ?", Integer.class, text);
    }
}
