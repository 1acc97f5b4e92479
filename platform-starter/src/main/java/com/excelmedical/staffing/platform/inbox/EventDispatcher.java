package com.excelmedical.staffing.platform.inbox;

import com.excelmedical.staffing.platform.events.CloudEventCodec;
import com.excelmedical.staffing.platform.events.EventEnvelope;
import com.excelmedical.staffing.platform.events.EventTypes;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Routes the records of one consumer to typed handlers, each event at most once:
 *
 * <pre>{@code
 * dispatcher = inbox.dispatcher("jobs.openings")
 *         .on(ApplicationSubmitted.class, openings::countApplication)
 *         .on(ApplicationPlaced.class, openings::fillOpening);
 *
 * @KafkaListener(topics = CandidatesTopics.APPLICATIONS)
 * void on(String record) { dispatcher.dispatch(record); }
 * }</pre>
 *
 * Types without a handler are skipped, so a producer may add event types before consumers know them.
 */
public class EventDispatcher {

    private static final Logger log = LoggerFactory.getLogger(EventDispatcher.class);

    private final String consumer;
    private final CloudEventCodec codec;
    private final InboxStore store;
    private final MeterRegistry registry;
    private final Map<String, Handler<?>> handlers = new LinkedHashMap<>();

    EventDispatcher(String consumer, CloudEventCodec codec, InboxStore store, MeterRegistry registry) {
        this.consumer = consumer;
        this.codec = codec;
        this.store = store;
        this.registry = registry;
    }

    public <T> EventDispatcher on(Class<T> eventClass, Consumer<T> handler) {
        handlers.put(EventTypes.type(eventClass), new Handler<>(eventClass, handler));
        return this;
    }

    /**
     * Handles one record value. Throws {@link PoisonEventException} for a record that can never be handled
     * and lets the handler's exceptions through, so that the container retries and then dead-letters.
     */
    public void dispatch(String value) {
        if (value == null) {
            throw new PoisonEventException("record without a value");
        }
        EventEnvelope envelope = codec.read(value);
        Handler<?> handler = handlers.get(envelope.type());
        if (handler == null) {
            log.debug("{} skips {} {}: no handler", consumer, envelope.type(), envelope.id());
            return;
        }
        boolean ran = store.runOnce(consumer, envelope, () -> handler.handle(codec, envelope));
        registry.counter("staffing.events.consumed", "consumer", consumer, "type", envelope.type(),
                "outcome", ran ? "handled" : "duplicate").increment();
        if (!ran) {
            log.info("{} skips {} {}: already handled", consumer, envelope.type(), envelope.id());
        }
    }

    private record Handler<T>(Class<T> eventClass, Consumer<T> handler) {
        void handle(CloudEventCodec codec, EventEnvelope envelope) {
            handler.accept(codec.data(envelope, eventClass));
        }
    }
}
