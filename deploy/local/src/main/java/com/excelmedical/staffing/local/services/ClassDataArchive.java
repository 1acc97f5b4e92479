package com.excelmedical.staffing.local.services;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A service's ahead-of-time cache (the JDK's AOT cache, JEP 483/514): the classes it loaded, its libraries'
 * included, already parsed, verified and linked, with their lambdas' call sites resolved, mapped at its next
 * start. A service without one records what it needs while it runs ({@code -XX:AOTCacheOutput}); once it has
 * served the demo data the launcher ends the recording ({@code jcmd <pid> AOT.end_recording}), and the JVM
 * assembles the cache in a child JVM while the service keeps serving, not at its exit: a stop should not
 * wait for it. The file name carries the JDK's version, since a cache is only valid for the JDK that wrote
 * it; a new jar removes it with the extracted copy ({@link ServiceJars}).
 */
public final class ClassDataArchive {

    private static final Duration DUMP_LIMIT = Duration.ofMinutes(5);

    private ClassDataArchive() {
    }

    /** Where the service's cache is kept for the JDK this launcher runs on. */
    public static Path of(Path serviceCache, ServiceSpec service) {
        String jdk = Runtime.version().toString().replaceAll("[^0-9A-Za-z.]", "_");
        return serviceCache.resolve(service.name() + "-" + jdk + ".aot");
    }

    /**
     * Removes what earlier recordings left beside the service's extracted jar: caches of another JDK, dynamic
     * CDS archives of earlier versions of the launcher, files of a recording that was stopped (100-170 MB each).
     */
    public static void removeStale(Path archive, ServiceSpec service) {
        String prefix = service.name() + "-";
        try (Stream<Path> files = Files.list(archive.getParent())) {
            for (Path file : files.filter(Files::isRegularFile).filter(file -> !file.equals(archive)).toList()) {
                String name = file.getFileName().toString();
                if (name.startsWith(prefix) && (name.endsWith(".jsa") || name.contains(".aot"))) {
                    Files.delete(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not clean " + archive.getParent(), e);
        }
    }

    /** Where a service that records writes its cache: moved to {@link #of} once complete. */
    public static Path partial(Path archive) {
        return archive.resolveSibling(archive.getFileName() + ".partial");
    }

    /**
     * Ends the recording of a service started with {@code -XX:AOTCacheOutput=<partial>}; the JVM assembles the
     * cache and the command returns once it is written. The complete file is then moved into place, so a stop
     * in the middle leaves no half-written cache.
     *
     * @return whether the cache was written
     */
    public static boolean write(Path java, ProcessHandle service, Path archive) {
        Path jcmd = java.resolveSibling(java.getFileName().toString().endsWith(".exe") ? "jcmd.exe" : "jcmd");
        Path partial = partial(archive);
        try {
            Process end = new ProcessBuilder(List.of(jcmd.toString(), String.valueOf(service.pid()), "AOT.end_recording"))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            boolean done = end.waitFor(DUMP_LIMIT.toSeconds(), TimeUnit.SECONDS);
            if (!done) {
                end.destroyForcibly();
            }
            if (done && end.exitValue() == 0 && service.isAlive()
                    && Files.isRegularFile(partial) && Files.size(partial) > 0) {
                Files.move(partial, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return true;
            }
            Files.deleteIfExists(partial);
            return false;
        } catch (IOException e) {
            deleteQuietly(partial);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            deleteQuietly(partial);
            return false;
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
