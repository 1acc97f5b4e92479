package com.excelmedical.staffing.devstack.test;

import com.excelmedical.staffing.devstack.DevStack;
import com.excelmedical.staffing.devstack.MongoServer;
import com.excelmedical.staffing.devstack.PostgresServer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

import java.util.LinkedHashMap;
import java.util.Map;

/** Starts what a test asks for on the shared stack and points Spring's properties at it. */
record DevStackContextCustomizer(String postgres, boolean kafka, String mongo) implements ContextCustomizer {

    static final String PROPERTY_SOURCE = "devstack";
    static final String DEFAULTS_SOURCE = "devstack-defaults";

    @Override
    public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
        var sources = context.getEnvironment().getPropertySources();
        sources.addFirst(new MapPropertySource(PROPERTY_SOURCE, properties(DevStack.shared())));
        sources.addLast(new MapPropertySource(DEFAULTS_SOURCE, defaults()));
    }

    /**
     * Defaults a test's own configuration may override. The embedded PostgreSQL stops in its own JVM
     * shutdown hook, possibly before Spring closes the cached contexts; whatever still asks for a
     * connection then (Spring Modulith's registry does on close) should give up in seconds, not 30.
     */
    Map<String, Object> defaults() {
        Map<String, Object> defaults = new LinkedHashMap<>();
        if (!postgres.isBlank()) {
            defaults.put("spring.datasource.hikari.connection-timeout", "5000");
        }
        return defaults;
    }

    Map<String, Object> properties(DevStack stack) {
        Map<String, Object> properties = new LinkedHashMap<>();
        if (!postgres.isBlank()) {
            PostgresServer server = stack.postgres();
            properties.put("spring.datasource.url", server.jdbcUrl(postgres));
            properties.put("spring.datasource.username", server.username());
            properties.put("spring.datasource.password", server.password());
        }
        if (kafka) {
            properties.put("spring.kafka.bootstrap-servers", stack.kafka().bootstrapServers());
        }
        if (!mongo.isBlank()) {
            MongoServer server = stack.mongo();
            properties.put("spring.mongodb.uri", server.connectionString(mongo));
        }
        return properties;
    }
}
