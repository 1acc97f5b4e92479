package com.excelmedical.staffing.platform.schema;

import org.flywaydb.core.api.Location;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;

import java.util.Arrays;
import java.util.stream.Stream;

/**
 * Adds the platform's own tables (outbox, inbox) to the service's Flyway migrations, as repeatable
 * migrations from {@code classpath:db/platform}; the service's versioned migrations are untouched.
 */
@AutoConfiguration
@ConditionalOnClass({FlywayConfigurationCustomizer.class, org.springframework.jdbc.core.JdbcTemplate.class})
public class PlatformSchemaAutoConfiguration {

    static final String LOCATION = "classpath:db/platform";

    @Bean
    FlywayConfigurationCustomizer platformSchemaLocation() {
        return configuration -> configuration.locations(Stream.concat(
                        Arrays.stream(configuration.getLocations()).map(Location::getDescriptor),
                        Stream.of(LOCATION))
                .distinct()
                .toArray(String[]::new));
    }
}
