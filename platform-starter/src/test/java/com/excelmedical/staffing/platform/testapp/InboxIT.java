package com.excelmedical.staffing.platform.testapp;

import com.excelmedical.staffing.platform.test.TopicReader;
import com.excelmedical.staffing.platform.events.CloudEventCodec;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class InboxIT extends StarterIT {

    private static final String DLT = NoteCreated.TOPIC + ".DLT";

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
        NoteCreated event = aNote("delivered twice");
        String record = codec.write(event);

        kafka.send(NoteCreated.TOPIC, event.subject(), record).get();
        kafka.send(NoteCreated.TOPIC, event.subject(), record).get();
        NoteCreated after = aNote("after the duplicate");
        kafka.send(NoteCreated.TOPIC, after.subject(), codec.write(after)).get();

        await().until(() -> handled.timesHandled(after.noteId()) == 1);
        assertThat(handled.timesHandled(event.noteId())).isOne();
        assertThat(metrics.get("staffing.events.consumed").tag("outcome", "duplicate").counter().count()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void poisonRecordGoesToTheDeadLetterTopicAndTheNextRecordIsStillConsumed() throws Exception {
        String key = UUID.randomUUID().toString();
        kafka.send(NoteCreated.TOPIC, key, "{ this is not json").get();
        NoteCreated next = aNote("right behind the poison");
        kafka.send(NoteCreated.TOPIC, next.subject(), codec.write(next)).get();

        await().until(() -> handled.timesHandled(next.noteId()) == 1);
        ConsumerRecord<String, String> dead = TopicReader.awaitRecords(DLT, record -> key.equals(record.key()), 1).getFirst();
        assertThat(dead.value()).isEqualTo("{ this is not json");
        assertThat(header(dead, "kafka_dlt-exception-cause-fqcn")).contains("PoisonEventException");
        assertThat(header(dead, "kafka_dlt-original-topic")).isEqualTo(NoteCreated.TOPIC);
        assertThat(metrics.get("staffing.events.dead.lettered").tag("topic", NoteCreated.TOPIC).counter().count()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void recordWhoseHandlerKeepsFailingIsDeadLetteredAfterBoundedRetries() throws Exception {
        NoteCreated failing = aNote(HandledNotes.ALWAYS_FAILS);
        kafka.send(NoteCreated.TOPIC, failing.subject(), codec.write(failing)).get();
        NoteCreated next = aNote("after the failing one");
        kafka.send(NoteCreated.TOPIC, next.subject(), codec.write(next)).get();

        ConsumerRecord<String, String> dead = TopicReader.awaitRecords(DLT, record -> failing.subject().equals(record.key()), 1).getFirst();
        assertThat(header(dead, "kafka_dlt-exception-message")).contains("cannot handle note " + failing.noteId());
        await().until(() -> handled.timesHandled(next.noteId()) == 1);
        assertThat(handled.timesHandled(failing.noteId())).isZero();
    }

    private static NoteCreated aNote(String text) {
        return new NoteCreated(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), text);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

}
