package com.excelmedical.staffing.platform.revocation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.Map;

/**
 * How this instance learns of revoked tokens ({@code staffing.security.revocation.*}).
 *
 * @param enabled          read the revocations and refuse revoked tokens
 * @param topic            where svc-identity publishes them
 * @param tokenLifetime    the access tokens' lifetime: how far back the topic is read at start-up and how
 *                         long an entry is kept (plus the token check's clock skew)
 * @param bootstrapServers the brokers; {@code spring.kafka.bootstrap-servers} when not set
 * @param retryInterval    the wait before reconnecting after the broker failed or the topic was missing
 * @param consumer         further Kafka consumer settings (security protocol, SASL)
 */
@ConfigurationProperties("staffing.security.revocation")
public record RevocationProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("identity.users") String topic,
        @DefaultValue("15m") Duration tokenLifetime,
        String bootstrapServers,
        @DefaultValue("2s") Duration retryInterval,
        @DefaultValue Map<String, String> consumer) {
}
