package com.excelmedical.staffing.local.services;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Finds a service's jar in its module's {@code target/} and keeps an extracted copy of it (Spring Boot's
 * {@code -Djarmode=tools extract}: the application jar with its libraries beside it, started with
 * {@code java -jar} as well). Classes in that layout can be shared from a class-data archive, which the
 * nested jars of the packaged file cannot. The copy is redone whenever the jar is newer.
 */
public final class ServiceJars {

    private final Path root;
    private final Path cacheDir;
    private final Path java;

    public ServiceJars(Path root, Path cacheDir, Path java) {
        this.root = root;
        this.cacheDir = cacheDir;
        this.java = java;
    }

    /** The packaged jar of the service, or an exception saying how to build it. */
    public Path packaged(ServiceSpec service) {
        Path target = root.resolve(service.module()).resolve("target");
        String artifact = Path.of(service.module()).getFileName().toString();
        try (Stream<Path> files = Files.exists(target) ? Files.list(target) : Stream.empty()) {
            return files.filter(file -> file.getFileName().toString().startsWith(artifact + "-"))
                    .filter(file -> file.getFileName().toString().endsWith(".jar"))
                    .filter(file -> !file.getFileName().toString().endsWith("-sources.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no jar of " + service.name() + " in " + target
                            + ": build it with ./mvnw -B -q package -DskipTests -pl " + service.module() + " -am"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The service's directory in the cache: its extracted jar and its class-data archive. */
    public Path cache(ServiceSpec service) {
        return cacheDir.resolve(service.name());
    }

    /** The extracted application jar, extracting it again when the packaged one is newer. */
    public Path extracted(ServiceSpec service) {
        Path jar = packaged(service);
        Path dir = cache(service).resolve("app");
        Path application = dir.resolve(jar.getFileName());
        try {
            FileTime built = Files.getLastModifiedTime(jar);
            if (Files.exists(application) && Files.getLastModifiedTime(application).compareTo(built) >= 0) {
                return application;
            }
            delete(cache(service));
            Files.createDirectories(dir.getParent());
            Process extract = new ProcessBuilder(List.of(java.toString(), "-Djarmode=tools", "-jar", jar.toString(),
                    "extract", "--destination", dir.toString()))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!extract.waitFor(2, TimeUnit.MINUTES) || extract.exitValue() != 0 || !Files.exists(application)) {
                extract.destroyForcibly();
                throw new IllegalStateException("could not extract " + jar);
            }
            Files.setLastModifiedTime(application, built);
            return application;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while extracting " + jar, e);
        }
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
