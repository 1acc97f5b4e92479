package com.excelmedical.staffing.devstack;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each embedded server of the shared stack starts and serves a real client. */
class EmbeddedServersIT {

    private final DevStack stack = DevStack.shared();

    @Test
    void postgresIsARealPostgreSql17WithADatabasePerService() throws Exception {
        assertThat(RoundTrips.postgres(stack.postgres(), "jobs")).startsWith("17.");
        assertThat(RoundTrips.postgres(stack.postgres(), "identity")).startsWith("17.");
        assertThat(stack.postgres().jdbcUrl("jobs")).endsWith("/jobs");
    }

    @Test
    void postgresRefusesADatabaseNameThatIsNotPlain() {
        assertThatThrownBy(() -> stack.postgres().jdbcUrl("jobs; drop database identity"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void kafkaCarriesARecordFromProducerToConsumer() throws Exception {
        String topic = "probe-" + UUID.randomUUID();
        RoundTrips.produce(stack.kafka(), topic, "job-1", "JobPublished");
        assertThat(RoundTrips.consume(stack.kafka(), topic, 1)).containsExactly("JobPublished");
    }

    @Test
    void kafkaComesBackAtTheSameAddressWithItsRecordsAfterAStop() throws Exception {
        KafkaServer kafka = stack.kafka();
        String topic = "restart-" + UUID.randomUUID();
        String address = kafka.bootstrapServers();
        RoundTrips.produce(kafka, topic, "k", "before");

        kafka.stop();
        assertThat(kafka.isRunning()).isFalse();
        assertThatThrownBy(() -> RoundTrips.produce(kafka, topic, "k", "while down")).isNotNull();

        kafka.start();
        assertThat(kafka.bootstrapServers()).isEqualTo(address);
        RoundTrips.produce(kafka, topic, "k", "after");
        assertThat(RoundTrips.consume(kafka, topic, 2)).containsExactly("before", "after");
    }

    @Test
    void mongoStoresAndFindsADocument() {
        assertThat(RoundTrips.mongo(stack.mongo(), "content")).isEqualTo("Travel nursing in Denver");
    }
}
