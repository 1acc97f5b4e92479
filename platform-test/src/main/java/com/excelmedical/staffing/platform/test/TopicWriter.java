package com.excelmedical.staffing.platform.test;

import com.excelmedical.staffing.devstack.DevStack;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringSerializer;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/**
 * Writes records to a topic of the shared stack's broker, as another service would: how a consumer's test
 * plays the producer's part. The topic is created first when it is missing. Close it when the test class ends.
 */
public final class TopicWriter implements AutoCloseable {

    private final String topic;
    private final KafkaProducer<String, String> producer;

    private TopicWriter(String topic, String servers) {
        this.topic = topic;
        this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers),
                new StringSerializer(), new StringSerializer());
    }

    /** A writer to {@code topic}, which exists with {@code partitions} partitions once this returns. */
    public static TopicWriter to(String topic, int partitions) throws InterruptedException, ExecutionException {
        String servers = DevStack.shared().kafka().bootstrapServers();
        try (Admin admin = Admin.create(Map.<String, Object>of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, servers))) {
            admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
        return new TopicWriter(topic, servers);
    }

    /** Sends one record and waits until the broker has it. */
    public void send(String key, String value) throws InterruptedException, ExecutionException {
        producer.send(new ProducerRecord<>(topic, key, value)).get();
    }

    @Override
    public void close() {
        producer.close();
    }
}
