package com.excelmedical.staffing.candidates.events;

import com.excelmedical.staffing.events.DomainEvent;

import java.util.UUID;

/** Facts about one application; the Kafka key is the application id, so its events stay ordered. */
public sealed interface ApplicationEvent extends DomainEvent
        permits ApplicationSubmitted, ApplicationStatusChanged, ApplicationPlaced {

    UUID applicationId();

    UUID jobId();

    UUID candidateId();

    @Override
    default String subject() {
        return applicationId().toString();
    }
}
