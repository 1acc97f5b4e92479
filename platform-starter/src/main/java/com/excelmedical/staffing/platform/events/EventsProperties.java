package com.excelmedical.staffing.platform.events;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Event publication and consumption settings ({@code staffing.events.*}).
 *
 * @param source              CloudEvents {@code source} of what this service publishes; defaults to
 *                            {@code /<spring.application.name>}
 * @param resubmitInterval    how often incomplete publications (broker was down, service crashed) are sent again
 * @param resubmitMinAge      how old an incomplete publication must be before it is sent again, so that
 *                            in-flight ones are left alone
 * @param consumerRetries     attempts after the first failure before a record goes to {@code <topic>.DLT}
 * @param consumerBackoff     the first retry's delay; doubled on each further retry
 * @param inboxRetention      how long the ids of consumed events are kept for deduplication
 */
@ConfigurationProperties("staffing.events")
public record EventsProperties(
        String source,
        @DefaultValue("30s") Duration resubmitInterval,
        @DefaultValue("30s") Duration resubmitMinAge,
        @DefaultValue("3") int consumerRetries,
        @DefaultValue("200ms") Duration consumerBackoff,
        @DefaultValue("30d") Duration inboxRetention) {
}
