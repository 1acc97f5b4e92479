package com.excelmedical.staffing.platform.revocation;

import com.excelmedical.staffing.devstack.DevStack;
import com.excelmedical.staffing.identity.events.SessionRevoked;
import com.excelmedical.staffing.identity.events.UserDeactivated;
import com.excelmedical.staffing.platform.events.CloudEventCodec;
import com.excelmedical.staffing.events.DomainEvent;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.StandardEnvironment;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The feed against a real broker: an instance that starts late reads what still matters, and nothing older. */
class RevocationFeedIT {

    private static final Duration LIFETIME = Duration.ofMinutes(15);

    private final String topic = "revocations-" + UUID.randomUUID();
    private final String servers = DevStack.shared().kafka().bootstrapServers();
    private final CloudEventCodec codec = new CloudEventCodec(JsonMapper.builder().build(), "/identity");
    private final RevocationList list = new RevocationList();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private RevocationFeed feed;

    @AfterEach
    void stop() {
        if (feed != null) {
            feed.stop();
        }
    }

    @Test
    void aLateInstanceCatchesUpOnTheLookBackWindowAndThenFollowsTheTopic() throws Exception {
        createTopic();
        // a token's iat has whole seconds, as svc-identity issues it
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        UUID user = UUID.randomUUID();
        UUID expiredSession = UUID.randomUUID();
        UUID recentSession = UUID.randomUUID();
        publish(new SessionRevoked(UUID.randomUUID(), now.minus(Duration.ofHours(1)), user, expiredSession), now.minus(Duration.ofHours(1)));
        publish(new SessionRevoked(UUID.randomUUID(), now.minus(Duration.ofMinutes(5)), user, recentSession), now.minus(Duration.ofMinutes(5)));

        feed = feed(topic);
        feed.start();

        await().atMost(Duration.ofSeconds(30)).until(() -> list.isRevoked(recentSession.toString(), user.toString(), now, List::of));
        assertThat(list.isRevoked(expiredSession.toString(), user.toString(), now, List::of)).isFalse();

        UUID deactivated = UUID.randomUUID();
        publish(new UserDeactivated(UUID.randomUUID(), Instant.now(), deactivated), Instant.now());
        await().atMost(Duration.ofSeconds(5)).until(() -> list.isRevoked(null, deactivated.toString(), now, List::of));
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(registry.get("staffing.revocations.applied").tag("kind", "user").counter().count()).isEqualTo(1);
            assertThat(registry.get("staffing.revocations.applied").tag("kind", "session").counter().count()).isEqualTo(1);
        });
    }

    @Test
    void waitsForATopicThatDoesNotExistYet() throws Exception {
        feed = feed(topic);
        feed.start();
        createTopic();
        UUID session = UUID.randomUUID();
        publish(new SessionRevoked(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), session), Instant.now());

        await().atMost(Duration.ofSeconds(30)).until(() -> list.isRevoked(session.toString(), "someone", Instant.now(), List::of));
    }

    private RevocationFeed feed(String name) {
        RevocationProperties properties = new RevocationProperties(true, name, LIFETIME, servers, Duration.ofMillis(200), Map.of());
        Map<String, Object> config = RevocationAutoConfiguration.Feed.consumerConfig(properties, new StandardEnvironment());
        return new RevocationFeed(config, properties, LIFETIME.plusSeconds(30), list,
                new RevocationEvents(codec, list), new RevocationMetrics(registry, list), Clock.systemUTC());
    }

    private void createTopic() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, servers))) {
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
        }
    }

    private void publish(DomainEvent event, Instant timestamp) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, null, timestamp.toEpochMilli(), event.subject(), codec.write(event))).get();
        }
    }
}
