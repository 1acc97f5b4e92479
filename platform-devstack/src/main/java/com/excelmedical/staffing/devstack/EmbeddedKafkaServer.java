package com.excelmedical.staffing.devstack;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A real Apache Kafka broker in KRaft mode (broker and controller in one node) running inside this
 * JVM. Stopping keeps its ports and log directory, so {@link #start()} brings back the same broker
 * with the same topics and records.
 */
final class EmbeddedKafkaServer implements KafkaServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedKafkaServer.class);
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final Properties config;
    private final String bootstrapServers;
    private KafkaRaftServer server;

    private EmbeddedKafkaServer(Properties config, String bootstrapServers) {
        this.config = config;
        this.bootstrapServers = bootstrapServers;
    }

    /**
     * @param port    the client port, 0 for a free one
     * @param logDir  the broker's data; formatted on first use and reused afterwards
     */
    static EmbeddedKafkaServer launch(int port, Path logDir) {
        int brokerPort = FreePorts.orFree(port);
        int controllerPort = FreePorts.orFree(0);
        Properties config = config(brokerPort, controllerPort, logDir);
        format(config, logDir);
        EmbeddedKafkaServer kafka = new EmbeddedKafkaServer(config, "127.0.0.1:" + brokerPort);
        kafka.start();
        return kafka;
    }

    private static Properties config(int brokerPort, int controllerPort, Path logDir) {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", logDir.toAbsolutePath().toString());
        // as many as the services give the topics they own, so a consumer that subscribes before the owner
        // declares its topic is not rebalanced when the partitions are raised
        p.put("num.partitions", "3");
        p.put("auto.create.topics.enable", "true");
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "4");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "4");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("log.flush.interval.messages", "100000");
        return p;
    }

    private static void format(Properties config, Path logDir) {
        try {
            Files.createDirectories(logDir);
            if (Files.exists(logDir.resolve("meta.properties"))) {
                return;
            }
            Path file = logDir.resolveSibling(logDir.getFileName() + ".properties");
            try (OutputStream out = Files.newOutputStream(file)) {
                config.store(out, "devstack kafka");
            }
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            String[] args = {"format", "-t", Uuid.randomUuid().toString(), "-c", file.toString()};
            int status = kafka.tools.StorageTool.execute(args, new PrintStream(output, true, StandardCharsets.UTF_8));
            if (status != 0) {
                throw new IllegalStateException("formatting Kafka storage failed: " + output.toString(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void start() {
        if (server != null) {
            return;
        }
        KafkaRaftServer started = new KafkaRaftServer(KafkaConfig.fromProps(config, false), Time.SYSTEM);
        long begin = System.nanoTime();
        started.startup();
        server = started;
        awaitReady();
        log.info("devstack: Kafka broker ready at {} in {} ms", bootstrapServers, (System.nanoTime() - begin) / 1_000_000);
    }

    private void awaitReady() {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            while (true) {
                try {
                    if (!admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (Exception notYet) {
                    if (Instant.now().isAfter(deadline)) {
                        throw new IllegalStateException("Kafka did not become ready at " + bootstrapServers, notYet);
                    }
                }
                LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
            }
        }
    }

    @Override
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        long begin = System.nanoTime();
        server.shutdown();
        server.awaitShutdown();
        server = null;
        log.info("devstack: Kafka broker stopped in {} ms", (System.nanoTime() - begin) / 1_000_000);
    }

    @Override
    public synchronized boolean isRunning() {
        return server != null;
    }

    @Override
    public String bootstrapServers() {
        return bootstrapServers;
    }

    @Override
    public void close() {
        stop();
    }
}
