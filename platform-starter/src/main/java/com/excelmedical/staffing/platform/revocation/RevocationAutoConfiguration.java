package com.excelmedical.staffing.platform.revocation;

import com.excelmedical.staffing.platform.events.CloudEventCodec;
import com.excelmedical.staffing.platform.security.SecurityProperties;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Every web application (the services and the gateway) holds a {@link RevocationList}, fed from
 * svc-identity's user topic by a consumer of its own. The servlet services' token check consults it
 * ({@code ServletSecurityAutoConfiguration}); the gateway's does too.
 */
@AutoConfiguration
@ConditionalOnWebApplication
@EnableConfigurationProperties({RevocationProperties.class, SecurityProperties.class})
public class RevocationAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    RevocationList revocationList() {
        return new RevocationList();
    }

    /** The feed, where the Kafka client is on the classpath and revocations are not switched off. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.apache.kafka.clients.consumer.KafkaConsumer")
    @ConditionalOnBooleanProperty(name = "staffing.security.revocation.enabled", matchIfMissing = true)
    static class Feed {

        @Bean
        RevocationFeed revocationFeed(RevocationList revocations, RevocationProperties properties, SecurityProperties security,
                                      JsonMapper json, MeterRegistry registry, ObjectProvider<Clock> clock, Environment environment) {
            Duration retention = properties.tokenLifetime().plus(security.clockSkew());
            RevocationEvents events = new RevocationEvents(new CloudEventCodec(json, "/revocations"), revocations);
            return new RevocationFeed(consumerConfig(properties, environment), properties, retention, revocations, events,
                    new RevocationMetrics(registry, revocations), clock.getIfAvailable(Clock::systemUTC));
        }

        static Map<String, Object> consumerConfig(RevocationProperties properties, Environment environment) {
            String servers = properties.bootstrapServers() != null ? properties.bootstrapServers()
                    : environment.getProperty("spring.kafka.bootstrap-servers", "localhost:9092");
            Map<String, Object> config = new HashMap<>();
            config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers);
            config.put(ConsumerConfig.CLIENT_ID_CONFIG, "revocations-" + environment.getProperty("spring.application.name", "service")
                    + "-" + UUID.randomUUID().toString().substring(0, 8));
            config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
            config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
            config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
            config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
            config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
            config.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
            config.putAll(properties.consumer());
            return config;
        }
    }
}
