package com.excelmedical.staffing.platform.events;

import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.UUID;

/**
 * A CloudEvents 1.0 envelope in structured JSON mode: what travels on every topic.
 *
 * @param id      the event id, stable across re-publication
 * @param source  the publishing service, for example {@code /svc-jobs}
 * @param type    the versioned type, {@code staffing.<service>.<Event>.v<N>}
 * @param subject the aggregate id (also the Kafka key)
 * @param data    the event record as JSON
 */
public record EventEnvelope(String specversion, UUID id, String source, String type, Instant time, String subject,
                            String datacontenttype, JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/cloudevents+json";
}
