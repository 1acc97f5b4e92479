package com.excelmedical.staffing.platform.revocation;

import com.excelmedical.staffing.platform.inbox.PoisonEventException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads svc-identity's user topic into the {@link RevocationList} on a thread of its own, with a consumer
 * of its own: every partition assigned, no consumer group, no committed offsets. At start it seeks to the
 * first record of the look-back window (the token lifetime and clock skew), so an instance that was down
 * learns every revocation that still matters. A broker failure or a missing topic is retried; partitions
 * added to the topic are picked up within a minute.
 */
class RevocationFeed implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RevocationFeed.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration SWEEP_INTERVAL = Duration.ofSeconds(30);
    private static final Duration PARTITION_CHECK = Duration.ofMinutes(1);

    private final Map<String, Object> config;
    private final String topic;
    private final Duration retention;
    private final Duration retryInterval;
    private final RevocationList revocations;
    private final RevocationEvents events;
    private final RevocationMetrics metrics;
    private final Clock clock;
    private final Object pause = new Object();
    private volatile boolean running;
    private volatile Consumer<String, String> consumer;
    private Thread thread;
    private Instant lastSweep = Instant.MIN;
    private boolean toldMissing;

    RevocationFeed(Map<String, Object> config, RevocationProperties properties, Duration retention, RevocationList revocations,
                   RevocationEvents events, RevocationMetrics metrics, Clock clock) {
        this.config = Map.copyOf(config);
        this.topic = properties.topic();
        this.retention = retention;
        this.retryInterval = properties.retryInterval();
        this.revocations = revocations;
        this.events = events;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = Thread.ofPlatform().name("revocations").daemon().start(this::run);
    }

    @Override
    public synchronized void stop() {
        running = false;
        Consumer<String, String> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        synchronized (pause) {
            pause.notifyAll();
        }
        try {
            thread.join(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        while (running) {
            try (Consumer<String, String> current = new KafkaConsumer<String, String>(config)) {
                consumer = current;
                while (running) {
                    List<TopicPartition> partitions = assign(current);
                    if (partitions.isEmpty()) {
                        waitBeforeRetry();
                    } else {
                        follow(current, partitions);
                    }
                }
            } catch (WakeupException e) {
                log.debug("Revocation feed stopped");
            } catch (KafkaException e) {
                log.warn("Revocations cannot be read from {} ({}); retrying in {}", topic, e.toString(), retryInterval);
            } finally {
                consumer = null;
            }
            waitBeforeRetry();
        }
    }

    /** Reads on until stopped, or until the topic has more partitions (then they are all assigned again). */
    private void follow(Consumer<String, String> current, List<TopicPartition> partitions) {
        long nextPartitionCheck = System.nanoTime() + PARTITION_CHECK.toNanos();
        while (running) {
            for (ConsumerRecord<String, String> record : current.poll(POLL)) {
                apply(record);
            }
            metrics.lag(partitions.stream().mapToLong(partition -> current.currentLag(partition).orElse(0)).sum());
            sweep();
            if (System.nanoTime() > nextPartitionCheck) {
                if (current.partitionsFor(topic).size() != partitions.size()) {
                    return;
                }
                nextPartitionCheck = System.nanoTime() + PARTITION_CHECK.toNanos();
            }
        }
    }

    /** Every partition, positioned at the first record of the look-back window; empty while the topic is missing. */
    private List<TopicPartition> assign(Consumer<String, String> current) {
        List<PartitionInfo> infos = current.partitionsFor(topic);
        if (infos == null || infos.isEmpty()) {
            if (!toldMissing) {
                log.info("Topic {} does not exist yet; revocations are read once it does", topic);
                toldMissing = true;
            }
            return List.of();
        }
        List<TopicPartition> partitions = infos.stream().map(info -> new TopicPartition(topic, info.partition())).toList();
        current.assign(partitions);
        // the end offsets are taken before the look-up by time, and sought to as numbers: a partition with
        // nothing in the window starts where its log ended then, so a revocation written while the feed
        // attaches is read (a lazy seekToEnd would resolve later and could skip it)
        Map<TopicPartition, Long> ends = current.endOffsets(partitions);
        long since = System.currentTimeMillis() - retention.toMillis();
        Map<TopicPartition, OffsetAndTimestamp> offsets = current.offsetsForTimes(
                partitions.stream().collect(Collectors.toMap(partition -> partition, partition -> since)));
        for (TopicPartition partition : partitions) {
            OffsetAndTimestamp offset = offsets.get(partition);
            current.seek(partition, offset == null ? ends.get(partition) : offset.offset());
        }
        log.info("Reading revocations from {} ({} partitions, looking back {})", topic, partitions.size(), retention);
        return partitions;
    }

    private void apply(ConsumerRecord<String, String> record) {
        try {
            events.apply(record.value()).ifPresent(applied -> metrics.applied(applied.kind(), applied.occurredAt(), clock.instant()));
        } catch (PoisonEventException e) {
            log.warn("Skipped a record of {} at {}-{}: {}", topic, record.partition(), record.offset(), e.getMessage());
        }
    }

    private void sweep() {
        Instant now = clock.instant();
        if (lastSweep.plus(SWEEP_INTERVAL).isBefore(now)) {
            revocations.forgetBefore(now.minus(retention));
            lastSweep = now;
        }
    }

    private void waitBeforeRetry() {
        synchronized (pause) {
            if (running) {
                try {
                    pause.wait(retryInterval.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    running = false;
                }
            }
        }
    }
}
