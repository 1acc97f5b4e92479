package com.excelmedical.staffing.devstack;

import java.util.Locale;
import java.util.function.Function;

/**
 * Where the servers come from. {@code embedded}: in-process or child processes, no containers.
 * {@code containers}: Testcontainers. Chosen by the system property {@value #PROPERTY} or the
 * environment variable {@value #ENV}; {@code auto} (the default) uses containers only when a Docker
 * engine is reachable.
 */
public enum DevStackMode {
    EMBEDDED, CONTAINERS;

    public static final String PROPERTY = "devstack.mode";
    public static final String ENV = "DEVSTACK_MODE";

    public static DevStackMode resolve() {
        return resolve(System::getProperty, System::getenv, DockerDetector::dockerAvailable);
    }

    static DevStackMode resolve(Function<String, String> properties, Function<String, String> env,
                                java.util.function.BooleanSupplier docker) {
        String value = properties.apply(PROPERTY);
        if (value == null || value.isBlank()) {
            value = env.apply(ENV);
        }
        String mode = value == null || value.isBlank() ? "auto" : value.trim().toLowerCase(Locale.ROOT);
        return switch (mode) {
            case "embedded" -> EMBEDDED;
            case "containers" -> CONTAINERS;
            case "auto" -> docker.getAsBoolean() ? CONTAINERS : EMBEDDED;
            default -> throw new IllegalArgumentException(
                    PROPERTY + " must be embedded, containers or auto, not '" + value + "'");
        };
    }
}
