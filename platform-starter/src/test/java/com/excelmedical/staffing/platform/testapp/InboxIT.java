package com.excelmedical.staffing.platform.testapp;

import com.excelmedical.staffing.platform.events.CloudEventCodec;
import com.excelmedical.staffing.platform.test.TopicReader;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.TestPropertySource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The inbox in a context of its own, on a topic and consumer group of its own: every record its
 * listener sees comes from these tests, so counts are exact.
 */
@TestPropertySource(properties = {
        "starter-test.inbox-topic=" + InboxIT.TOPIC,
        "starter-test.inbox-group=starter-test-inbox",
        "staffing.events.consumer-retries=" + InboxIT.RETRIES})
class InboxIT extends StarterIT {

    static final String TOPIC = "test.notes.inbox";
    static final int RETRIES = 3;
    private static final String DLT = TOPIC + ".DLT";

    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    CloudEventCodec codec;
    @Autowired
    HandledNotes handled;
    @Autowired
    MeterRegistry metrics;

    @Test
    void sameEventDeliveredTwiceIsHandledOnce() throws Exception {
        double duplicatesBefore = duplicates();
        NoteCreated event = aNote("delivered twice");
        String record = codec.write(event);

        kafka.send(TOPIC, event.subject(), record).get();
        kafka.send(TOPIC, event.subject(), record).get();
        NoteCreated after = aNote("after the duplicate");
        kafka.send(TOPIC, after.subject(), codec.write(after)).get();

        await().until(() -> handled.timesHandled(after.noteId()) == 1);
        assertThat(handled.timesHandled(event.noteId())).isOne();
        assertThat(handled.attempts(event.noteId())).isOne();
        assertThat(duplicates() - duplicatesBefore).isEqualTo(1.0);
    }

    @Test
    void poisonRecordGoesToTheDeadLetterTopicAndTheNextRecordIsStillConsumed() throws Exception {
        double deadBefore = deadLettered();
        String key = UUID.randomUUID().toString();
        kafka.send(TOPIC, key, "{ this is not json").get();
        NoteCreated next = aNote("right behind the poison");
        kafka.send(TOPIC, next.subject(), codec.write(next)).get();

        await().until(() -> handled.timesHandled(next.noteId()) == 1);
        List<ConsumerRecord<String, String>> dead = TopicReader.recordsWithKey(DLT, key, 1);
        assertThat(dead).hasSize(1);
        assertThat(dead.getFirst().value()).isEqualTo("{ this is not json");
        assertThat(header(dead.getFirst(), "kafka_dlt-exception-cause-fqcn")).contains("PoisonEventException");
        assertThat(header(dead.getFirst(), "kafka_dlt-original-topic")).isEqualTo(TOPIC);
        assertThat(deadLettered() - deadBefore).isEqualTo(1.0);
    }

    @Test
    void recordWhoseHandlerKeepsFailingIsDeadLetteredAfterBoundedRetries() throws Exception {
        double deadBefore = deadLettered();
        NoteCreated failing = aNote(HandledNotes.ALWAYS_FAILS);
        kafka.send(TOPIC, failing.subject(), codec.write(failing)).get();
        NoteCreated next = aNote("after the failing one");
        kafka.send(TOPIC, next.subject(), codec.write(next)).get();

        List<ConsumerRecord<String, String>> dead = TopicReader.recordsWithKey(DLT, failing.subject(), 1);
        assertThat(dead).hasSize(1);
        assertThat(header(dead.getFirst(), "kafka_dlt-exception-message")).contains("cannot handle note " + failing.noteId());
        await().until(() -> handled.timesHandled(next.noteId()) == 1);
        assertThat(handled.timesHandled(failing.noteId())).isZero();
        assertThat(handled.attempts(failing.noteId())).isEqualTo(1 + RETRIES);
        assertThat(deadLettered() - deadBefore).isEqualTo(1.0);
    }

    private double duplicates() {
        var counter = metrics.find("staffing.events.consumed").tag("outcome", "duplicate").counter();
        return counter == null ? 0 : counter.count();
    }

    private double deadLettered() {
        var counter = metrics.find("staffing.events.dead.lettered").tag("topic", TOPIC).counter();
        return counter == null ? 0 : counter.count();
    }

    private static NoteCreated aNote(String text) {
        return new NoteCreated(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), text);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
