package com.excelmedical.staffing.platform.events;

import com.excelmedical.staffing.events.DomainEvent;
import com.excelmedical.staffing.platform.support.PeriodicTask;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.RoutingTarget;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * The transactional outbox: a {@link DomainEvent} annotated with
 * {@link com.excelmedical.staffing.events.PublishedEvent} and published with Spring's
 * {@code ApplicationEventPublisher} inside a transaction is stored in {@code event_publication} by
 * Spring Modulith's registry in that same transaction, sent to Kafka as a CloudEvents envelope after
 * commit, and sent again until the broker confirms it.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration",
        "org.springframework.modulith.events.config.EventPublicationAutoConfiguration"},
        beforeName = "org.springframework.modulith.events.config.EventExternalizationAutoConfiguration")
@ConditionalOnClass({EventExternalizationConfiguration.class, KafkaTemplate.class})
@EnableConfigurationProperties(EventsProperties.class)
public class OutboxAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    CloudEventCodec cloudEventCodec(JsonMapper json, EventsProperties properties, Environment environment) {
        String source = properties.source() != null ? properties.source()
                : "/" + environment.getProperty("spring.application.name", "application");
        return new CloudEventCodec(json, source);
    }

    @Bean
    @ConditionalOnMissingBean
    EventExternalizationConfiguration eventExternalizationConfiguration(CloudEventCodec codec) {
        return EventExternalizationConfiguration.externalizing()
                .select(EventTypes::isPublished)
                .route(DomainEvent.class, event -> RoutingTarget.forTarget(EventTypes.topic(event.getClass())).andKey(event.subject()))
                .mapping(DomainEvent.class, event -> MessageBuilder.withPayload(codec.write(event))
                        .setHeader(KafkaHeaders.TOPIC, EventTypes.topic(event.getClass()))
                        .setHeader(KafkaHeaders.KEY, event.subject())
                        .setHeader("content-type", EventEnvelope.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8))
                        .build())
                // one send at a time keeps each aggregate's events in the order they were committed
                .serializeExternalization(true)
                .build();
    }

    /**
     * Sends again the publications that did not complete: the broker was down at commit, or the service
     * stopped before the send finished. At start-up Modulith resubmits them too
     * ({@code republish-outstanding-events-on-restart}).
     */
    @Bean
    @ConditionalOnBean(IncompleteEventPublications.class)
    PeriodicTask outboxResubmitter(IncompleteEventPublications publications, EventsProperties properties) {
        return new PeriodicTask("outbox-resubmit", properties.resubmitInterval(),
                () -> publications.resubmitIncompletePublicationsOlderThan(properties.resubmitMinAge()));
    }

    @Bean
    @ConditionalOnBean(JdbcTemplate.class)
    OutboxBacklog outboxBacklog(JdbcTemplate jdbc, ObjectProvider<Clock> clock) {
        return new OutboxBacklog(jdbc, clock.getIfAvailable(Clock::systemUTC));
    }
}
