package com.excelmedical.staffing.platform.events;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.support.ProducerListener;

/**
 * Counts what the broker confirmed ({@code staffing.events.published}) and what it refused or never
 * acknowledged ({@code staffing.events.publish.failures}), per topic. Dead letters are counted apart.
 */
class PublicationMetrics implements ProducerListener<Object, Object> {

    private static final Logger log = LoggerFactory.getLogger(PublicationMetrics.class);

    private final MeterRegistry registry;

    PublicationMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void onSuccess(ProducerRecord<Object, Object> record, RecordMetadata metadata) {
        if (!isDeadLetter(record.topic())) {
            counter("staffing.events.published", record.topic()).increment();
        }
    }

    @Override
    public void onError(ProducerRecord<Object, Object> record, RecordMetadata metadata, Exception exception) {
        counter("staffing.events.publish.failures", record.topic()).increment();
        log.warn("Publishing to {} (key {}) failed: {}", record.topic(), record.key(), exception.toString());
    }

    private Counter counter(String name, String topic) {
        return Counter.builder(name).tag("topic", topic).register(registry);
    }

    static boolean isDeadLetter(String topic) {
        return topic.endsWith(".DLT");
    }
}
