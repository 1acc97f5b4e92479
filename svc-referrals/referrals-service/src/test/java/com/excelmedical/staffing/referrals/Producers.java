package com.excelmedical.staffing.referrals;

import com.excelmedical.staffing.candidates.events.ApplicationPlaced;
import com.excelmedical.staffing.candidates.events.ApplicationSubmitted;
import com.excelmedical.staffing.candidates.events.CandidatesTopics;
import com.excelmedical.staffing.events.DomainEvent;
import com.excelmedical.staffing.events.PublishedEvent;
import com.excelmedical.staffing.identity.events.IdentityTopics;
import com.excelmedical.staffing.identity.events.UserErased;
import com.excelmedical.staffing.identity.events.UserRegistered;
import com.excelmedical.staffing.jobs.events.JobDetails;
import com.excelmedical.staffing.jobs.events.JobPublished;
import com.excelmedical.staffing.jobs.events.JobsTopics;
import com.excelmedical.staffing.platform.events.CloudEventCodec;
import com.excelmedical.staffing.platform.test.EventSchemas;
import com.excelmedical.staffing.platform.test.TopicWriter;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Plays svc-identity, svc-jobs and svc-candidates: their real event records, as CloudEvents checked against
 * the producers' schemas, written to their topics. Also builds those events (fixtures).
 */
public final class Producers implements AutoCloseable {

    public static final UUID ICU = UUID.fromString("5e1a1c00-0000-4000-8000-000000000001");

    private final Map<String, TopicWriter> writers;
    private final Map<String, CloudEventCodec> codecs;

    Producers(JsonMapper json) throws Exception {
        this.writers = Map.of(IdentityTopics.USERS, TopicWriter.to(IdentityTopics.USERS, 3),
                JobsTopics.JOBS, TopicWriter.to(JobsTopics.JOBS, 3),
                CandidatesTopics.APPLICATIONS, TopicWriter.to(CandidatesTopics.APPLICATIONS, 3));
        this.codecs = Map.of(IdentityTopics.USERS, new CloudEventCodec(json, "/identity"),
                JobsTopics.JOBS, new CloudEventCodec(json, "/jobs"),
                CandidatesTopics.APPLICATIONS, new CloudEventCodec(json, "/candidates"));
    }

    /** Sends the event as its producer would, after checking it keeps the producer's contract. */
    public void send(DomainEvent event) {
        String topic = event.getClass().getAnnotation(PublishedEvent.class).topic();
        String record = codecs.get(topic).write(event);
        EventSchemas.assertValid(record);
        try {
            writers.get(topic).send(event.subject(), record);
        } catch (Exception e) {
            throw new IllegalStateException("could not send " + event, e);
        }
    }

    public void sendAll(DomainEvent... events) {
        for (DomainEvent event : events) {
            send(event);
        }
    }

    public static UserRegistered registered(UUID userId, String email, String referralCode) {
        return registered(userId, email, referralCode, Instant.now());
    }

    public static UserRegistered registered(UUID userId, String email, String referralCode, Instant at) {
        return new UserRegistered(UUID.randomUUID(), at, userId, email, "Florence", "Nightingale", List.of("candidate"),
                referralCode);
    }

    public static UserErased erased(UUID userId) {
        return new UserErased(UUID.randomUUID(), Instant.now(), userId);
    }

    public static JobPublished jobPublished(UUID jobId, UUID specialtyId, String jobType) {
        return new JobPublished(UUID.randomUUID(), Instant.now(), jobId, new JobDetails("ICU RN", UUID.randomUUID(),
                specialtyId, "ICU", jobType, "General Hospital", null, null, "TX", LocalDate.now().plusWeeks(4), null, "night",
                "60.00", "2400.00", "USD", 2, "active", false, UUID.randomUUID()));
    }

    public static JobPublished travelIcuJob(UUID jobId) {
        return jobPublished(jobId, ICU, "travel");
    }

    public static ApplicationSubmitted submitted(UUID applicationId, UUID jobId, UUID candidateId, String shareCode) {
        return submitted(applicationId, jobId, candidateId, shareCode, Instant.now());
    }

    public static ApplicationSubmitted submitted(UUID applicationId, UUID jobId, UUID candidateId, String shareCode, Instant at) {
        return new ApplicationSubmitted(UUID.randomUUID(), at, applicationId, jobId, candidateId, "submitted", null, shareCode);
    }

    public static ApplicationPlaced placed(UUID applicationId, UUID jobId, UUID candidateId) {
        return placed(applicationId, jobId, candidateId, Instant.now());
    }

    public static ApplicationPlaced placed(UUID applicationId, UUID jobId, UUID candidateId, Instant at) {
        return new ApplicationPlaced(UUID.randomUUID(), at, applicationId, jobId, candidateId, "placed", null);
    }

    @Override
    public void close() {
        writers.values().forEach(TopicWriter::close);
    }
}
