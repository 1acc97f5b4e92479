package com.excelmedical.staffing.platform.inbox;

import com.excelmedical.staffing.platform.events.EventsProperties;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.converter.ConversionException;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;

/**
 * Where records that cannot be processed go: after {@code consumerRetries} retries with doubling
 * back-off, or at once for a {@link PoisonEventException}, the record is published unchanged to
 * {@code <topic>.DLT} with the failure in its headers ({@code kafka_dlt-exception-*}, original topic,
 * partition and offset), counted in {@code staffing.events.dead.lettered}, and its offset is committed
 * so that the partition moves on.
 */
final class DeadLetters {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    private DeadLetters() {
    }

    static DefaultErrorHandler errorHandler(KafkaOperations<Object, Object> template, EventsProperties properties,
                                            MeterRegistry registry) {
        DeadLetterPublishingRecoverer publisher = new DeadLetterPublishingRecoverer(template,
                (record, failure) -> new TopicPartition(record.topic() + ".DLT", -1));
        ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(properties.consumerRetries());
        backOff.setInitialInterval(properties.consumerBackoff().toMillis());
        backOff.setMultiplier(2.0);
        DefaultErrorHandler handler = new DefaultErrorHandler((record, failure) -> {
            log.error("Dead-lettering {}-{}@{} (key {}): {}", record.topic(), record.partition(), record.offset(),
                    record.key(), rootMessage(failure));
            publisher.accept(record, failure);
            registry.counter("staffing.events.dead.lettered", "topic", record.topic()).increment();
        }, backOff);
        handler.addNotRetryableExceptions(PoisonEventException.class, DeserializationException.class, ConversionException.class);
        return handler;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = NestedExceptionUtils.getMostSpecificCause(failure);
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
