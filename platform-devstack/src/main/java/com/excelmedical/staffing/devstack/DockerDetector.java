package com.excelmedical.staffing.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Tells whether a Docker engine is reachable. It looks for a socket or a configured host first and
 * asks Testcontainers only then, so that a machine without Docker never has a socket probed.
 */
public final class DockerDetector {

    private static volatile Boolean available;

    private DockerDetector() {
    }

    public static boolean dockerAvailable() {
        Boolean result = available;
        if (result == null) {
            result = hintsOfDocker() && testcontainersReachesDocker();
            available = result;
        }
        return result;
    }

    static boolean hintsOfDocker() {
        if (notBlank(System.getenv("DOCKER_HOST")) || notBlank(System.getenv("TESTCONTAINERS_HOST_OVERRIDE"))) {
            return true;
        }
        String home = System.getProperty("user.home", "");
        List<Path> sockets = List.of(Path.of("/var/run/docker.sock"), Path.of(home, ".docker/run/docker.sock"),
                Path.of(home, ".testcontainers.properties"));
        return sockets.stream().anyMatch(Files::exists);
    }

    private static boolean testcontainersReachesDocker() {
        try {
            return org.testcontainers.DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
