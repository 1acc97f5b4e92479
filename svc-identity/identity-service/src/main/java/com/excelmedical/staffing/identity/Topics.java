package com.excelmedical.staffing.identity;

import com.excelmedical.staffing.identity.events.IdentityTopics;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/**
 * Creates {@code identity.users} at start-up when it is missing (Spring Kafka's admin), so that the first
 * event is not held up, and possibly overtaken, while the broker creates the topic on first use.
 */
@Configuration(proxyBeanMethods = false)
class Topics {

    @Bean
    NewTopic usersTopic(@Value("${staffing.identity.users-topic-partitions:3}") int partitions) {
        return TopicBuilder.name(IdentityTopics.USERS).partitions(partitions).build();
    }
}
