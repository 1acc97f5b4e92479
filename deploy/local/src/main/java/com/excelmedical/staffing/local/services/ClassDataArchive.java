package com.excelmedical.staffing.local.services;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A service's class-data archive (the JDK's dynamic CDS archive): the classes it loaded, its libraries'
 * included, mapped at its next start instead of being loaded, verified and linked again. It is written
 * from the running service ({@code jcmd <pid> VM.cds dynamic_dump}) once it has served the demo data, not
 * at its exit: writing one takes seconds of CPU, which a stop should not wait for. The file name carries
 * the JDK's version, since an archive is only valid for the JDK that wrote it; a new jar removes it with
 * the extracted copy ({@link ServiceJars}).
 */
public final class ClassDataArchive {

    private static final Duration DUMP_LIMIT = Duration.ofMinutes(5);

    private ClassDataArchive() {
    }

    /** Where the service's archive is kept for the JDK this launcher runs on. */
    public static Path of(Path serviceCache, ServiceSpec service) {
        String jdk = Runtime.version().toString().replaceAll("[^0-9A-Za-z.]", "_");
        return serviceCache.resolve(service.name() + "-" + jdk + ".jsa");
    }

    /**
     * Writes the archive of a service started with {@code -XX:+RecordDynamicDumpInfo}: into a temporary file
     * first, moved into place once complete, so a stop in the middle leaves no half-written archive.
     *
     * @return whether the archive was written
     */
    public static boolean write(Path java, ProcessHandle service, Path archive) {
        Path jcmd = java.resolveSibling(java.getFileName().toString().endsWith(".exe") ? "jcmd.exe" : "jcmd");
        Path partial = archive.resolveSibling(archive.getFileName() + ".partial");
        try {
            Files.deleteIfExists(partial);
            Process dump = new ProcessBuilder(List.of(jcmd.toString(), String.valueOf(service.pid()), "VM.cds",
                    "dynamic_dump", partial.toString()))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            boolean done = dump.waitFor(DUMP_LIMIT.toSeconds(), TimeUnit.SECONDS);
            if (!done) {
                dump.destroyForcibly();
            }
            if (done && dump.exitValue() == 0 && service.isAlive() && Files.size(partial) > 0) {
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
