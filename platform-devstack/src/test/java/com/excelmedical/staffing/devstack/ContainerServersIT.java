package com.excelmedical.staffing.devstack;

import com.excelmedical.staffing.devstack.test.EnabledIfDocker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The Testcontainers path: the same round trips against containers. Skipped where no Docker engine runs. */
@EnabledIfDocker
class ContainerServersIT {

    private static DevStack stack;

    @BeforeAll
    static void startContainers() {
        stack = new DevStack(new DevStackSettings(DevStackMode.CONTAINERS, null, 0, 0, 0));
    }

    @AfterAll
    static void stopContainers() {
        stack.close();
    }

    @Test
    void postgresContainerServesADatabasePerService() throws Exception {
        assertThat(RoundTrips.postgres(stack.postgres(), "jobs")).startsWith("17.");
    }

    @Test
    void kafkaContainerCarriesARecord() throws Exception {
        String topic = "probe-" + UUID.randomUUID();
        RoundTrips.produce(stack.kafka(), topic, "k", "v");
        assertThat(RoundTrips.consume(stack.kafka(), topic, 1)).containsExactly("v");
    }

    @Test
    void mongoContainerStoresADocument() {
        assertThat(RoundTrips.mongo(stack.mongo(), "content")).isEqualTo("Travel nursing in Denver");
    }
}
