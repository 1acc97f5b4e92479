package com.excelmedical.staffing.devstack;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A real client's round trip against each kind of server, shared by the embedded and container tests. */
final class RoundTrips {

    private RoundTrips() {
    }

    /** Writes a row in a new table of the given database and reads it back; returns the server version. */
    static String postgres(PostgresServer server, String database) throws SQLException {
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(database), server.username(), server.password());
             Statement sql = connection.createStatement()) {
            sql.execute("create table if not exists probe (id uuid primary key, name text not null)");
            String id = UUID.randomUUID().toString();
            sql.execute("insert into probe values ('" + id + "', 'round trip')");
            try (ResultSet row = sql.executeQuery("select name, current_setting('server_version') from probe where id = '" + id + "'")) {
                row.next();
                if (!row.getString(1).equals("round trip")) {
                    throw new AssertionError("row not read back");
                }
                return row.getString(2);
            }
        }
    }

    static void produce(KafkaServer server, String topic, String key, String value) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, server.bootstrapServers(),
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 3_000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 5_000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 3_000), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        }
    }

    /** Reads the topic from the beginning until {@code expected} records arrived or 30 s passed. */
    static List<String> consume(KafkaServer server, String topic, int expected) {
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, server.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plusSeconds(30);
            while (values.size() < expected && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    values.add(record.value());
                }
            }
        }
        return values;
    }

    /** Inserts a document and finds it again; returns the name read back. */
    static String mongo(MongoServer server, String database) {
        try (MongoClient client = MongoClients.create(server.connectionString(database))) {
            MongoCollection<Document> pages = client.getDatabase(database).getCollection("pages");
            String slug = "probe-" + UUID.randomUUID();
            pages.insertOne(new Document("slug", slug).append("title", "Travel nursing in Denver"));
            return pages.find(new Document("slug", slug)).first().getString("title");
        }
    }
}
