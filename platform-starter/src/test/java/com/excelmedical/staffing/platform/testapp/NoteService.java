package com.excelmedical.staffing.platform.testapp;

import com.excelmedical.staffing.platform.problems.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.UUID;

@Service
public class NoteService {

    private final NoteRepository notes;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NoteService(NoteRepository notes, ApplicationEventPublisher events, Clock clock) {
        this.notes = notes;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public NoteCreated create(String text) {
        Note note = notes.save(new Note(UUID.randomUUID(), text));
        NoteCreated event = new NoteCreated(UUID.randomUUID(), clock.instant(), note.id(), text);
        events.publishEvent(event);
        return event;
    }

    /** Records the event, then fails: the transaction rolls back, and the event must go nowhere. */
    @Transactional
    public void createAndFail(String text) {
        create(text);
        throw new IllegalStateException("failing after the event was recorded");
    }

    @Transactional(readOnly = true)
    public Note get(UUID id) {
        return notes.findById(id).orElseThrow(() -> new NotFoundException("Note", id));
    }
}
