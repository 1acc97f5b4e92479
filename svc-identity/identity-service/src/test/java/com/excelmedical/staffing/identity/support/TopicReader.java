package com.excelmedical.staffing.identity.support;

import com.excelmedical.staffing.devstack.DevStack;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/** Reads a topic from the beginning, as an outside consumer would. */
public final class TopicReader {

    private TopicReader() {
    }

    /** The records with this key, after waiting until at least {@code atLeast} arrived and reading on briefly. */
    public static List<ConsumerRecord<String, String>> recordsWithKey(String topic, String key, int atLeast) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, DevStack.shared().kafka().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                poll(consumer, key, found);
                return found.size() >= atLeast;
            });
            // read on for a moment, so that a duplicate sent right after would be seen too
            Instant until = Instant.now().plusMillis(1500);
            while (Instant.now().isBefore(until)) {
                poll(consumer, key, found);
            }
        }
        return found;
    }

    private static void poll(KafkaConsumer<String, String> consumer, String key, List<ConsumerRecord<String, String>> found) {
        consumer.poll(Duration.ofMillis(200)).forEach(record -> {
            if (key.equals(record.key())) {
                found.add(record);
            }
        });
    }
}
