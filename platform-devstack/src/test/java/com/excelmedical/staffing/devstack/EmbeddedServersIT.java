package com.excelmedical.staffing.devstack;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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
    void aServiceLoginReachesItsOwnDatabaseOnly() throws Exception {
        DatabaseLogin referrals = stack.postgres().login("referrals");
        stack.postgres().login("content_probe");

        try (Connection own = DriverManager.getConnection(referrals.jdbcUrl(), referrals.username(), referrals.password());
             Statement sql = own.createStatement()) {
            sql.execute("create table if not exists owned (id int)");
            try (ResultSet user = sql.executeQuery("select current_user")) {
                assertThat(user.next()).isTrue();
                assertThat(user.getString(1)).isEqualTo("referrals");
            }
        }
        assertThatThrownBy(() -> DriverManager.getConnection(stack.postgres().jdbcUrl("content_probe"),
                referrals.username(), referrals.password()))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("permission denied");
        // the superuser the tests connect with still reaches every database
        assertThat(RoundTrips.postgres(stack.postgres(), "referrals")).startsWith("17.");
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
