package com.excelmedical.staffing.content;

import com.excelmedical.staffing.content.events.ContentTopics;
import com.excelmedical.staffing.content.page.outbox.PagePublishedRelay;
import com.excelmedical.staffing.platform.events.CloudEventCodec;
import com.excelmedical.staffing.platform.support.PeriodicTask;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.kafka.config.TopicBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the service wires itself: its topic, the CloudEvents codec (the starter makes one only with
 * the JPA outbox, which a MongoDB service has not) and the relay of pending page events (ADR 0007).
 */
@Configuration(proxyBeanMethods = false)
class ContentConfiguration {

    @Bean
    NewTopic pagesTopic() {
        return TopicBuilder.name(ContentTopics.PAGES).partitions(3).build();
    }

    @Bean
    CloudEventCodec cloudEventCodec(JsonMapper json, Environment environment) {
        return new CloudEventCodec(json, "/" + environment.getProperty("spring.application.name", "content"));
    }

    @Bean
    PeriodicTask pagePublishedRelayTask(PagePublishedRelay relay, ContentProperties properties) {
        return new PeriodicTask("content-event-relay", properties.events().relayInterval(), relay::relayPending);
    }
}
