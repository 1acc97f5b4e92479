package com.excelmedical.staffing.platform.events;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.ProducerListener;

/**
 * Registers {@link PublicationMetrics} as the producer listener. It must come before Boot's Kafka
 * auto-configuration, which otherwise installs its own logging listener and hands that one to the template.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
        afterName = "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration")
@ConditionalOnClass({KafkaTemplate.class, MeterRegistry.class})
public class PublicationMetricsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(ProducerListener.class)
    ProducerListener<Object, Object> kafkaProducerListener(MeterRegistry registry) {
        return new PublicationMetrics(registry);
    }
}
