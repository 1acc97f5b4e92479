package com.excelmedical.staffing.platform.test;

import com.excelmedical.staffing.devstack.DevStack;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Reads a topic of the shared stack's broker from the beginning, as an outside consumer would: how a
 * producer's test sees what it published.
 */
public final class TopicReader {

    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Duration READ_ON = Duration.ofMillis(1500);

    private TopicReader() {
    }

    /**
     * The wanted records, as soon as at least {@code count} of them have arrived.
     *
     * @throws AssertionError when fewer arrived within 30 s
     */
    public static List<ConsumerRecord<String, String>> awaitRecords(String topic, Predicate<ConsumerRecord<String, String>> wanted,
                                                                    int count) {
        return read(topic, wanted, count, Duration.ZERO);
    }

    /**
     * The records with this key, once at least {@code atLeast} have arrived and after reading on for a
     * moment, so that a duplicate sent right after the expected records is seen too.
     */
    public static List<ConsumerRecord<String, String>> recordsWithKey(String topic, String key, int atLeast) {
        return read(topic, record -> key.equals(record.key()), atLeast, READ_ON);
    }

    private static List<ConsumerRecord<String, String>> read(String topic, Predicate<ConsumerRecord<String, String>> wanted,
                                                             int count, Duration readOn) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, DevStack.shared().kafka().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (found.size() < count) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("expected " + count + " records on " + topic + " within " + TIMEOUT
                            + ", found " + found.size());
                }
                poll(consumer, wanted, found);
            }
            long readUntil = System.nanoTime() + readOn.toNanos();
            while (System.nanoTime() < readUntil) {
                poll(consumer, wanted, found);
            }
        }
        return found;
    }

    private static void poll(KafkaConsumer<String, String> consumer, Predicate<ConsumerRecord<String, String>> wanted,
                             List<ConsumerRecord<String, String>> found) {
        consumer.poll(POLL).forEach(record -> {
            if (wanted.test(record)) {
                found.add(record);
            }
        });
    }
}
