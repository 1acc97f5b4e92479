package com.excelmedical.staffing.events;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names where a {@link DomainEvent} is published and under which CloudEvents type.
 *
 * <pre>{@code
 * @PublishedEvent(topic = JobsTopics.JOBS, type = "staffing.jobs.JobPublished.v1")
 * public record JobPublished(UUID eventId, Instant occurredAt, UUID jobId, ...) implements JobEvent { }
 * }</pre>
 *
 * A change that breaks readers is a new type ({@code .v2}), published beside the old one until every
 * reader has moved.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PublishedEvent {

    /** The Kafka topic, for example {@code jobs.jobs}. */
    String topic();

    /** The versioned type, {@code staffing.<service>.<EventName>.v<N>}. */
    String type();
}
