package com.excelmedical.staffing.platform.testapp;

import com.excelmedical.staffing.platform.test.TopicReader;
import com.excelmedical.staffing.platform.test.EventSchemas;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class OutboxIT extends StarterIT {

    @Autowired
    NoteService notes;
    @Autowired
    HandledNotes handled;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JsonMapper json;

    @Test
    void eventOfACommittedTransactionReachesTheConsumerAsACloudEvent() {
        NoteCreated event = notes.create("committed");

        await().until(() -> handled.timesHandled(event.noteId()) == 1);
        List<ConsumerRecord<String, String>> records = TopicReader.awaitRecords(NoteCreated.TOPIC,
                record -> record.key().equals(event.noteId().toString()), 1);

        ConsumerRecord<String, String> record = records.getFirst();
        EventSchemas.assertValid(record.value());
        JsonNode envelope = json.readTree(record.value());
        assertThat(envelope.get("id").asString()).isEqualTo(event.eventId().toString());
        assertThat(envelope.get("type").asString()).isEqualTo("staffing.test.NoteCreated.v1");
        assertThat(envelope.get("source").asString()).isEqualTo("/starter-test");
        assertThat(envelope.get("subject").asString()).isEqualTo(event.noteId().toString());
        assertThat(envelope.get("data").get("text").asString()).isEqualTo("committed");
        await().until(() -> incompletePublications() == 0);
    }

    @Test
    void rolledBackTransactionPublishesNothing() {
        assertThatThrownBy(() -> notes.createAndFail("rolled back")).isInstanceOf(IllegalStateException.class);
        // a later event proves the relay and the consumer ran past the moment of the rollback
        NoteCreated later = notes.create("after the rollback");
        await().until(() -> handled.timesHandled(later.noteId()) == 1);

        List<ConsumerRecord<String, String>> records = TopicReader.awaitRecords(NoteCreated.TOPIC,
                record -> record.key().equals(later.noteId().toString()), 1);
        assertThat(records).hasSize(1);
        assertThat(handled.timesHandledByText("rolled back")).isZero();
        assertThat(jdbc.queryForObject("select count(*) from note where text = 'rolled back'", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from event_publication where serialized_event like '%rolled back%'",
                Integer.class)).isZero();
    }

    private int incompletePublications() {
        return jdbc.queryForObject("select count(*) from event_publication where completion_date is null", Integer.class);
    }
}
