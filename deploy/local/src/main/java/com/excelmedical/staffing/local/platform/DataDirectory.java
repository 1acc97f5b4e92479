package com.excelmedical.staffing.local.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The one directory a local run writes to. {@code cache/} holds what is derived from the jars alone
 * (extracted jars, class-data archives, PostgreSQL's binaries) and survives a clean start; everything else
 * is the run's data.
 */
public final class DataDirectory {

    private static final String CACHE = "cache";

    private final Path dir;

    public DataDirectory(Path dir) {
        this.dir = dir;
    }

    /** Removes the previous run's data (not the cache), unless it is to be kept. */
    public void prepare(boolean keepData) {
        try {
            Files.createDirectories(dir);
            if (!keepData) {
                try (Stream<Path> entries = Files.list(dir)) {
                    for (Path entry : entries.filter(entry -> !entry.getFileName().toString().equals(CACHE)).toList()) {
                        delete(entry);
                    }
                }
            }
            Files.createDirectories(logs());
            Files.createDirectories(tmp());
        } catch (IOException e) {
            throw new UncheckedIOException("could not prepare " + dir, e);
        }
    }

    public Path root() {
        return dir;
    }

    public Path devstack() {
        return dir.resolve("devstack");
    }

    public Path logs() {
        return dir.resolve("logs");
    }

    public Path tmp() {
        return dir.resolve("tmp");
    }

    public Path cache() {
        return dir.resolve(CACHE);
    }

    /** svc-identity's key for its private signing keys at rest: one per data directory, so kept data stays readable. */
    public String identityKey() {
        Path file = dir.resolve("identity-key");
        try {
            if (!Files.exists(file)) {
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                Files.writeString(file, Base64.getEncoder().encodeToString(key));
            }
            return Files.readString(file).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path each : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(each);
            }
        }
    }
}
