package com.excelmedical.staffing.content.market;

import com.excelmedical.staffing.jobs.events.JobDetails;
import com.excelmedical.staffing.jobs.events.JobEvent;
import com.excelmedical.staffing.jobs.events.JobPublished;
import com.excelmedical.staffing.jobs.events.JobStatusChanged;
import com.excelmedical.staffing.jobs.events.JobUpdated;
import com.excelmedical.staffing.jobs.events.JobsTopics;
import com.excelmedical.staffing.platform.events.CloudEventCodec;
import com.excelmedical.staffing.platform.test.EventSchemas;
import com.excelmedical.staffing.platform.test.TopicWriter;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** svc-jobs' events as it publishes them (its contract, checked against its schemas), for one city. */
public final class JobEventsFixture implements AutoCloseable {

    /** svc-jobs' id of ICU: {@code md5('specialty:ICU')::uuid}. */
    public static final UUID ICU = UUID.fromString("125029d6-cd4a-5bb2-7066-f94bfac1d7ab");

    private final CloudEventCodec codec;
    private final TopicWriter writer;
    private final String city;
    private final String state;

    public JobEventsFixture(JsonMapper json, String city, String state) throws Exception {
        this.codec = new CloudEventCodec(json, "/jobs");
        this.writer = TopicWriter.to(JobsTopics.JOBS, 3);
        this.city = city;
        this.state = state;
    }

    public JobDetails job(UUID specialtyId, String title, String weeklyPay, String status) {
        return new JobDetails(title, UUID.randomUUID(), specialtyId, "ICU", "travel", "Mercy " + title, UUID.randomUUID(),
                city, state, LocalDate.of(2031, 3, 2), LocalDate.of(2031, 6, 1), "night", null, weeklyPay, "USD", 1, status,
                false, UUID.randomUUID());
    }

    public JobPublished published(UUID jobId, JobDetails job, Instant at) {
        return new JobPublished(UUID.randomUUID(), at, jobId, job);
    }

    public JobUpdated updated(UUID jobId, JobDetails job, Instant at) {
        return new JobUpdated(UUID.randomUUID(), at, jobId, job);
    }

    public JobStatusChanged statusChanged(UUID jobId, String from, String to, Instant at) {
        return new JobStatusChanged(UUID.randomUUID(), at, jobId, from, to, 1);
    }

    public void send(JobEvent... events) throws Exception {
        for (JobEvent event : events) {
            String value = codec.write(event);
            assertThat(EventSchemas.violations(value)).isEmpty();
            writer.send(event.subject(), value);
        }
    }

    @Override
    public void close() {
        writer.close();
    }
}
