package com.excelmedical.staffing.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Runs PostgreSQL, Kafka and the MongoDB-compatible server for the local run until the process is
 * stopped (Ctrl-C or SIGTERM), then stops them cleanly. Their files stay in the data directory, so the
 * next run keeps the data; delete the directory for a fresh start.
 *
 * <p>System properties: {@code devstack.dataDir} (default {@code .devstack}), {@code devstack.postgresPort}
 * (55432), {@code devstack.kafkaPort} (59092), {@code devstack.mongoPort} (57017), and
 * {@code devstack.mode}. The addresses are printed and written to {@code <dataDir>/devstack.env}.
 */
public final class DevStackLauncher {

    private DevStackLauncher() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path dataDir = Path.of(System.getProperty("devstack.dataDir", ".devstack")).toAbsolutePath();
        DevStackSettings settings = new DevStackSettings(DevStackMode.resolve(), dataDir,
                Integer.getInteger("devstack.postgresPort", 55432),
                Integer.getInteger("devstack.kafkaPort", 59092),
                Integer.getInteger("devstack.mongoPort", 57017));
        // everything the servers write, temporary files included, stays inside the data directory
        System.setProperty("java.io.tmpdir", Files.createDirectories(dataDir.resolve("tmp")).toString());
        DevStack stack = new DevStack(settings);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stack.close();
            stopped.countDown();
        }, "devstack-shutdown"));

        // started by Maven (exec:exec): stop with it, so that no server outlives the command
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> System.exit(0)));

        Map<String, String> addresses = startAll(stack);
        StringBuilder env = new StringBuilder();
        addresses.forEach((key, value) -> env.append(key).append('=').append(value).append('\n'));
        Files.writeString(dataDir.resolve("devstack.env"), env);
        System.out.println("devstack is up (" + settings.mode() + "), data in " + dataDir + ":\n" + env
                + "Stop with Ctrl-C.");
        stopped.await();
    }

    /** Starts the three servers and returns their addresses, keyed as environment variables. */
    public static Map<String, String> startAll(DevStack stack) {
        Map<String, String> addresses = new LinkedHashMap<>();
        PostgresServer postgres = stack.postgres();
        addresses.put("DEVSTACK_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:" + postgres.port() + "/");
        addresses.put("DEVSTACK_POSTGRES_USER", postgres.username());
        addresses.put("DEVSTACK_POSTGRES_PASSWORD", postgres.password());
        addresses.put("DEVSTACK_KAFKA_BOOTSTRAP_SERVERS", stack.kafka().bootstrapServers());
        addresses.put("DEVSTACK_MONGO_URI", "mongodb://127.0.0.1:" + stack.mongo().port() + "/");
        return addresses;
    }
}
