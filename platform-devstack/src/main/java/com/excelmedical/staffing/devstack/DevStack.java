package com.excelmedical.staffing.devstack;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
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
    private static final String APPLICATION_SHUTDOWN_HOOK = "SpringApplicationShutdownHook";
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(15);
    private static final Duration HOOK_APPEARANCE = Duration.ofMillis(500);
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
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                awaitApplicationShutdown();
                stack.close();
            }, "devstack-shutdown"));
            shared = stack;
        }
        return shared;
    }

    /**
     * JVM shutdown hooks run concurrently. Spring Boot closes its (cached test) contexts in its own hook;
     * stopping the servers under them makes the pools, consumers and the outbox wait for their timeouts
     * (30 s each). So the servers stop once that hook has finished, or after a bound. The hooks start in
     * no particular order: give Spring's a moment to appear before deciding there is none.
     */
    private static void awaitApplicationShutdown() {
        long deadline = System.nanoTime() + SHUTDOWN_GRACE.toNanos();
        long appearBy = System.nanoTime() + HOOK_APPEARANCE.toNanos();
        try {
            List<Thread> hooks = applicationHooks();
            while (hooks.isEmpty() && System.nanoTime() < appearBy) {
                Thread.sleep(20);
                hooks = applicationHooks();
            }
            for (Thread hook : hooks) {
                long left = deadline - System.nanoTime();
                if (left > 0) {
                    hook.join(Duration.ofNanos(left));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<Thread> applicationHooks() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> APPLICATION_SHUTDOWN_HOOK.equals(thread.getName()))
                .toList();
    }

    public DevStackMode mode() {
        return settings.mode();
    }

    public synchronized PostgresServer postgres() {
        return get(Server.POSTGRES, () -> embedded()
                ? EmbeddedPostgresServer.launch(settings.postgresPort(), settings.keepsData() ? dataDir.resolve("postgres") : null,
                        settings.postgresBinaries())
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
