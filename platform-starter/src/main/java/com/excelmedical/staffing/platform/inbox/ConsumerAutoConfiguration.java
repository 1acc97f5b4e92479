package com.excelmedical.staffing.platform.inbox;

import com.excelmedical.staffing.platform.events.CloudEventCodec;
import com.excelmedical.staffing.platform.events.EventsProperties;
import com.excelmedical.staffing.platform.events.OutboxAutoConfiguration;
import com.excelmedical.staffing.platform.support.PeriodicTask;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;

/**
 * Idempotent consumption ({@link EventInbox}) on the service's store, and the error handling of every
 * Kafka listener: bounded retries with back-off, then {@code <topic>.DLT}.
 */
@AutoConfiguration(after = OutboxAutoConfiguration.class, afterName = {
        "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
        "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
        "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration"})
@ConditionalOnClass(KafkaTemplate.class)
@EnableConfigurationProperties(EventsProperties.class)
public class ConsumerAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(CommonErrorHandler.class)
    @ConditionalOnBean(KafkaTemplate.class)
    CommonErrorHandler deadLetteringErrorHandler(KafkaTemplate<Object, Object> template, EventsProperties properties,
                                                 MeterRegistry registry) {
        return DeadLetters.errorHandler(template, properties, registry);
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean({CloudEventCodec.class, InboxStore.class})
    EventInbox eventInbox(CloudEventCodec codec, InboxStore store, MeterRegistry registry) {
        return new EventInbox(codec, store, registry);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(JdbcTemplate.class)
    @ConditionalOnBean({JdbcTemplate.class, PlatformTransactionManager.class})
    static class Jdbc {

        @Bean
        @ConditionalOnMissingBean(InboxStore.class)
        JdbcInboxStore jdbcInboxStore(JdbcTemplate jdbc, PlatformTransactionManager transactions,
                                      ObjectProvider<Clock> clock) {
            return new JdbcInboxStore(jdbc, new TransactionTemplate(transactions), clock.getIfAvailable(Clock::systemUTC));
        }

        @Bean
        @ConditionalOnBean(JdbcInboxStore.class)
        PeriodicTask inboxCleanup(JdbcInboxStore store, EventsProperties properties) {
            return new PeriodicTask("inbox-cleanup", Duration.ofHours(1), () -> store.forgetOlderThan(properties.inboxRetention()));
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MongoOperations.class)
    @ConditionalOnMissingBean(JdbcTemplate.class)
    @ConditionalOnBean(MongoOperations.class)
    static class Mongo {

        @Bean
        @ConditionalOnMissingBean(InboxStore.class)
        MongoInboxStore mongoInboxStore(MongoOperations mongo, ObjectProvider<Clock> clock) {
            return new MongoInboxStore(mongo, clock.getIfAvailable(Clock::systemUTC));
        }
    }
}
