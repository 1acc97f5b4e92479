package com.excelmedical.staffing.platform.events;

import com.excelmedical.staffing.events.DomainEvent;
import com.excelmedical.staffing.events.PublishedEvent;
import com.excelmedical.staffing.platform.inbox.PoisonEventException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CloudEventCodecTest {

    @PublishedEvent(topic = "test.things", type = "staffing.test.ThingHappened.v1")
    record ThingHappened(UUID eventId, Instant occurredAt, UUID thingId, int size) implements DomainEvent {
        @Override
        public String subject() {
            return thingId.toString();
        }
    }

    record Unrelated(String name) {
    }

    private final CloudEventCodec codec = new CloudEventCodec(JsonMapper.builder().build(), "/svc-test");
    private final ThingHappened event = new ThingHappened(UUID.randomUUID(), Instant.parse("2026-11-23T10:15:30Z"), UUID.randomUUID(), 3);

    @Test
    void writesAnEnvelopeThatReadsBackToTheSameEvent() {
        EventEnvelope envelope = codec.read(codec.write(event));

        assertThat(envelope.specversion()).isEqualTo("1.0");
        assertThat(envelope.id()).isEqualTo(event.eventId());
        assertThat(envelope.type()).isEqualTo("staffing.test.ThingHappened.v1");
        assertThat(envelope.source()).isEqualTo("/svc-test");
        assertThat(envelope.subject()).isEqualTo(event.thingId().toString());
        assertThat(envelope.time()).isEqualTo(event.occurredAt());
        assertThat(codec.data(envelope, ThingHappened.class)).isEqualTo(event);
    }

    @Test
    void writingTheSameEventTwiceGivesTheSameId() {
        assertThat(codec.read(codec.write(event)).id()).isEqualTo(codec.read(codec.write(event)).id());
    }

    @Test
    void refusesWhatIsNotAnEnvelopeAsPoison() {
        assertThatThrownBy(() -> codec.read("{ not json")).isInstanceOf(PoisonEventException.class);
        assertThatThrownBy(() -> codec.read("{\"id\":\"" + UUID.randomUUID() + "\"}")).isInstanceOf(PoisonEventException.class);
        assertThatThrownBy(() -> codec.read("{\"id\":\"not-a-uuid\",\"type\":\"x\",\"data\":{}}")).isInstanceOf(PoisonEventException.class);
    }

    @Test
    void refusesDataThatDoesNotFitTheRecordAsPoison() {
        String wrongData = codec.write(event).replace("\"size\":3", "\"size\":\"three\"");
        EventEnvelope envelope = codec.read(wrongData);
        assertThatThrownBy(() -> codec.data(envelope, ThingHappened.class)).isInstanceOf(PoisonEventException.class);
    }

    @Test
    void selectsOnlyAnnotatedDomainEventsForPublication() {
        assertThat(EventTypes.isPublished(event)).isTrue();
        assertThat(EventTypes.isPublished(new Unrelated("x"))).isFalse();
        assertThat(EventTypes.topic(ThingHappened.class)).isEqualTo("test.things");
    }
}
