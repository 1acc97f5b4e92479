package com.excelmedical.staffing.platform.observability;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.Profiles;
import org.springframework.util.ClassUtils;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The platform's defaults, added with the lowest precedence so that any service's
 * {@code application.yml}, profile or environment variable overrides them. Kept here, not copied into
 * every service.
 */
public class PlatformDefaults implements EnvironmentPostProcessor, Ordered {

    static final String SOURCE = "staffingPlatformDefaults";
    static final String TOMCAT_REMOTE_IP_VALVE = "org.apache.catalina.valves.RemoteIpValve";
    /** Tomcat's {@code RemoteIpValve} trusts forwarded headers only from these peers: loopback, IPv4 and IPv6. */
    static final String LOOPBACK_PROXIES = "127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}|0:0:0:0:0:0:0:1|::1";

    @Override
    public int getOrder() {
        return ConfigDataEnvironmentPostProcessor.ORDER + 1;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource(SOURCE, defaults(environment)));
    }

    static Map<String, Object> defaults(ConfigurableEnvironment environment) {
        Map<String, Object> d = new LinkedHashMap<>();
        // listen on the loopback interface unless told otherwise (containers set BIND_ADDRESS=0.0.0.0), so a
        // local run or a test is never reachable from the network; a separate management port likewise
        d.put("server.address", "${BIND_ADDRESS:127.0.0.1}");
        if (environment.containsProperty("management.server.port")) {
            d.put("management.server.address", "${BIND_ADDRESS:127.0.0.1}");
        }
        // probes and scraping; never routed by the gateway
        d.put("management.endpoints.web.exposure.include", "health,info,prometheus");
        d.put("management.endpoint.health.probes.enabled", "true");
        d.put("management.endpoint.health.show-components", "always");
        d.put("management.endpoint.health.group.readiness.include", "readinessState,db,mongo,kafka");
        d.put("management.endpoint.health.validate-group-membership", "false");
        d.put("management.metrics.tags.application", "${spring.application.name:application}");
        d.put("management.metrics.tags.service", "${staffing.service-name:${spring.application.name:application}}");
        d.put("management.metrics.distribution.percentiles-histogram.http.server.requests", "true");
        d.put("management.metrics.distribution.percentiles-histogram.http.client.requests", "true");
        d.put("management.tracing.sampling.probability", "1.0");
        d.put("management.tracing.propagation.produce", "W3C");
        // nothing listens to Spring MVC's per-request application event: publishing it costs every request (~1% of a
        // small one's CPU)
        d.put("spring.mvc.publish-request-handled-events", "false");

        // Kafka: confirmed writes, fail fast when the broker is away (the outbox retries), traces in headers
        d.put("spring.kafka.producer.acks", "all");
        d.put("spring.kafka.producer.properties.enable.idempotence", "true");
        d.put("spring.kafka.producer.properties.max.block.ms", "5000");
        d.put("spring.kafka.producer.properties.request.timeout.ms", "10000");
        d.put("spring.kafka.producer.properties.delivery.timeout.ms", "30000");
        d.put("spring.kafka.producer.properties.linger.ms", "5");
        d.put("spring.kafka.consumer.group-id", "${spring.application.name:application}");
        d.put("spring.kafka.consumer.auto-offset-reset", "earliest");
        d.put("spring.kafka.template.observation-enabled", "true");
        // an observed send asks the admin client for the cluster id first; keep that wait short while the broker is down
        // (and closing that admin client waits for its pending call, bounded by the client's own API timeout)
        d.put("spring.kafka.admin.operation-timeout", "5s");
        d.put("spring.kafka.admin.properties.default.api.timeout.ms", "5000");
        d.put("spring.kafka.admin.properties.request.timeout.ms", "5000");
        d.put("spring.kafka.listener.observation-enabled", "true");

        // outbox: Spring Modulith's registry; events leave as CloudEvents JSON strings
        d.put("spring.modulith.events.externalization.enabled", "true");
        d.put("spring.modulith.events.republish-outstanding-events-on-restart", "true");
        d.put("spring.modulith.events.completion-mode", "delete");
        d.put("spring.modulith.events.kafka.enable-json", "false");

        // client addresses: X-Forwarded-For / X-Forwarded-Proto count only when the peer is a trusted proxy
        // (the gateway); anyone else gets their TCP address. Loopback by default; set the proxies' addresses
        // with server.tomcat.remoteip.internal-proxies (a regex) where the gateway runs on another host
        if (ClassUtils.isPresent(TOMCAT_REMOTE_IP_VALVE, PlatformDefaults.class.getClassLoader())) {
            d.put("server.forward-headers-strategy", "native");
            d.put("server.tomcat.remoteip.internal-proxies", LOOPBACK_PROXIES);
        }

        d.put("spring.jpa.open-in-view", "false");
        d.put("spring.mvc.problemdetails.enabled", "false");
        d.put("server.error.include-stacktrace", "never");
        d.put("server.error.include-message", "never");
        d.put("logging.level.org.apache.kafka", "WARN");
        d.put("logging.level.kafka", "WARN");
        d.put("logging.level.state.change.logger", "WARN");
        d.put("logging.level.org.springframework.modulith", "WARN");

        // OpenAPI documents (where springdoc is present): JSON answers, keys in a stable order
        d.put("springdoc.default-produces-media-type", "application/json");
        d.put("springdoc.writer-with-order-by-keys", "true");
        // the error controller answers what failed elsewhere; it is no operation of the API
        d.put("springdoc.paths-to-exclude", "/error");

        // JSON logs for log shippers; plain text for people at a terminal
        if (!environment.acceptsProfiles(Profiles.of("local", "test"))) {
            d.put("logging.structured.format.console", "ecs");
        }
        return d;
    }
}
