package com.excelmedical.staffing.devstack;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * PostgreSQL, Kafka and a MongoDB-compatible server, each started on first use. {@link #shared()} is
 * the one stack of a test JVM: every test class that asks gets the same servers, which stop when
 * the JVM exits. The local launcher creates its own with fixed ports and a data directory.
 */
public final class DevStack implements AutoCloseable {

    /** The servers a stack can run. */
    public enum Server { POSTGRES, KAFKA, MONGO }

    private static final Logger log = LoggerFactory.getLogger(DevStack.class);
    private static DevStack shared;

    private final DevStackSettings settings;
    private final Path dataDir;
    private final Map<Server, AutoCloseable> running = new EnumMap<>(Server.class);
    private final Map<Server, Integer> starts = new EnumMap<>(Server.class);

    public DevStack(DevStackSettings settings) {
        this.settings = settings;
        this.dataDir = settings.keepsData() ? settings.dataDir() : throwAwayDirectory();
    }

    /** The stack of this JVM, shared by every test class; stopped by a shutdown hook. */
    public static synchronized DevStack shared() {
        if (shared == null) {
            DevStack stack = new DevStack(DevStackSettings.forTests());
            Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "devstack-shutdown"));
            shared = stack;
        }
        return shared;
    }

    public DevStackMode mode() {
        return settings.mode();
    }

    public synchronized PostgresServer postgres() {
        return get(Server.POSTGRES, () -> embedded()
                ? EmbeddedPostgresServer.launch(settings.postgresPort(), settings.keepsData() ? dataDir.resolve("postgres") : null)
                : ContainerPostgresServer.launch());
    }

    public synchronized KafkaServer kafka() {
        return get(Server.KAFKA, () -> embedded()
                ? EmbeddedKafkaServer.launch(settings.kafkaPort(), dataDir.resolve("kafka"))
                : ContainerKafkaServer.launch());
    }

    public synchronized MongoServer mongo() {
        return get(Server.MONGO, () -> embedded()
                ? EmbeddedMongoServer.launch(settings.mongoPort())
                : ContainerMongoServer.launch());
    }

    /** How many times this stack has started the given server (1 when it is shared as intended). */
    public synchronized int starts(Server server) {
        return starts.getOrDefault(server, 0);
    }

    private boolean embedded() {
        return settings.mode() == DevStackMode.EMBEDDED;
    }

    @SuppressWarnings("unchecked")
    private <T extends AutoCloseable> T get(Server server, Supplier<T> starter) {
        return (T) running.computeIfAbsent(server, key -> {
            long begin = System.nanoTime();
            T started = starter.get();
            starts.merge(key, 1, Integer::sum);
            log.info("devstack: {} ({}) started in {} ms", key, settings.mode(), (System.nanoTime() - begin) / 1_000_000);
            return started;
        });
    }

    @Override
    public synchronized void close() {
        running.forEach((server, handle) -> {
            try {
                handle.close();
            } catch (Exception e) {
                log.warn("devstack: {} did not stop cleanly", server, e);
            }
        });
        running.clear();
        if (!settings.keepsData()) {
            deleteRecursively(dataDir);
        }
    }

    private static Path throwAwayDirectory() {
        try {
            return Files.createTempDirectory("devstack-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            log.warn("devstack: could not remove {}", dir, e);
        }
    }
}
