package com.excelmedical.staffing.platform.testapp;

import com.excelmedical.staffing.devstack.DevStack;
import com.excelmedical.staffing.devstack.KafkaServer;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class BrokerDownIT extends StarterIT {

    @Autowired
    NoteService notes;
    @Autowired
    HandledNotes handled;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MeterRegistry metrics;

    private final KafkaServer kafka = DevStack.shared().kafka();

    @AfterEach
    void brokerBack() {
        kafka.start();
    }

    @Test
    void eventCommittedWhileTheBrokerIsDownArrivesOnceTheBrokerIsBack() {
        double failuresBefore = failures();
        kafka.stop();

        NoteCreated event = notes.create("while the broker was down");

        // the change committed; its event waits in the outbox, visible to an SRE
        assertThat(jdbc.queryForObject("select count(*) from note where id = ?", Integer.class, event.noteId())).isOne();
        await().atMost(Duration.ofSeconds(20)).until(() -> backlogGauge() >= 1);
        // the relay tried, the producer gave up: from here only the outbox's resubmission can deliver it
        await().atMost(Duration.ofSeconds(30)).until(() -> failures() > failuresBefore);
        assertThat(handled.timesHandled(event.noteId())).isZero();

        kafka.start();

        await().atMost(Duration.ofSeconds(60)).until(() -> handled.timesHandled(event.noteId()) == 1);
        await().until(() -> jdbc.queryForObject(
                "select count(*) from event_publication where completion_date is null", Integer.class) == 0);
    }

    private double failures() {
        var counter = metrics.find("staffing.events.publish.failures").tag("topic", NoteCreated.TOPIC).counter();
        return counter == null ? 0 : counter.count();
    }

    private double backlogGauge() {
        return metrics.get("staffing.outbox.backlog").gauge().value();
    }
}
