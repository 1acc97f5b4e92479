package com.excelmedical.staffing.referrals.lifecycle;

import com.excelmedical.staffing.devstack.DevStack;
import com.excelmedical.staffing.referrals.ReferralsIT;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;

import static com.excelmedical.staffing.referrals.Producers.placed;
import static com.excelmedical.staffing.referrals.Producers.registered;
import static com.excelmedical.staffing.referrals.Producers.travelIcuJob;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The delay from a placement (ApplicationPlaced on {@code candidates.applications}, {@code occurredAt} = the
 * moment it is produced) to its reward being readable through {@code GET /referrals/me}, over
 * {@code benchmark.placements} (500) placements one after the other, each of its own referrer; and as the
 * baseline, a raw produce → consume round trip on the same broker in the same run. Not part of {@code verify}:
 * {@code ./mvnw -B verify -pl svc-referrals/referrals-service -am -Pbenchmark}. Results also in
 * {@code target/benchmark-results.txt}.
 */
class ReferralDelayBenchmark extends ReferralsIT {

    private static final int PLACEMENTS = Integer.getInteger("benchmark.placements", 500);
    private static final int WARM_UP = Integer.getInteger("benchmark.warmUp", 50);
    /** Pause between two reads of GET /referrals/me while waiting: each read costs CPU the consumer also needs. */
    private static final long POLL_NANOS = Long.getLong("benchmark.pollMicros", 1000) * 1000;

    @Test
    void delayFromPlacementToReadableReward() throws Exception {
        assumeTrue(Boolean.getBoolean("benchmark"), "runs in the benchmark profile only");
        UUID job = UUID.randomUUID();
        producers.send(travelIcuJob(job));
        List<Referred> referred = new ArrayList<>();
        for (int i = 0; i < WARM_UP + PLACEMENTS; i++) {
            UUID referrer = UUID.randomUUID();
            referred.add(new Referred(referrer, UUID.randomUUID(), bearer(referrer)));
        }
        for (Referred r : referred) {
            producers.send(registered(r.candidate(), uniqueEmail(), codeOf(r.referrer())));
        }
        await().atMost(Duration.ofMinutes(5)).until(() -> jdbc.queryForObject(
                "select count(*) from referrals where referred_user_id = any(?)", Long.class,
                (Object) referred.stream().map(Referred::candidate).toArray(UUID[]::new)) == referred.size());

        long[] delays = new long[PLACEMENTS];
        for (int i = 0; i < referred.size(); i++) {
            Referred r = referred.get(i);
            Instant occurredAt = Instant.now();
            producers.send(placed(UUID.randomUUID(), job, r.candidate(), occurredAt));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!rewardVisible(r)) {
                assertThat(System.nanoTime()).as("reward of placement %d readable within 30 s", i).isLessThan(deadline);
                LockSupport.parkNanos(POLL_NANOS);
            }
            long micros = Duration.between(occurredAt, Instant.now()).toNanos() / 1_000;
            if (i >= WARM_UP) {
                delays[i - WARM_UP] = micros;
            }
        }
        long[] baseline = rawRoundTrips(PLACEMENTS);
        long[] written = jdbc.queryForList("""
                        select (extract(epoch from created_at - placed_at) * 1000000)::bigint from referral_rewards
                        where job_id = ? order by created_at offset ?""", Long.class, job, WARM_UP)
                .stream().mapToLong(Long::longValue).toArray();

        String report = """
                ReferralDelayBenchmark %s, %d placements after %d warm-up, one at a time, read every %d us, load average at the end %s
                placement -> reward readable via GET /referrals/me: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms
                placement -> reward row written (its created_at):   p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms
                raw Kafka produce -> consume round trip (same broker):  p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms
                """.formatted(Instant.now(), PLACEMENTS, WARM_UP, POLL_NANOS / 1000, loadAverage(),
                ms(delays, 50), ms(delays, 90), ms(delays, 99), ms(delays, 100),
                ms(written, 50), ms(written, 90), ms(written, 99), ms(written, 100),
                ms(baseline, 50), ms(baseline, 90), ms(baseline, 99), ms(baseline, 100));
        System.out.println(report);
        Files.writeString(Path.of("target/benchmark-results.txt"), report, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        assertThat(jdbc.queryForObject("select count(*) from referral_rewards where job_id = ?", Long.class, job))
                .isEqualTo(WARM_UP + PLACEMENTS);
    }

    private boolean rewardVisible(Referred r) throws Exception {
        String body = mvc.perform(get("/referrals/me").header("Authorization", r.token()).accept(MediaType.APPLICATION_JSON))
                .andReturn().getResponse().getContentAsString();
        return body.contains("\"reward\":{");
    }

    /** Microseconds from send to receipt of each of {@code count} records, one at a time, on a topic of its own. */
    private static long[] rawRoundTrips(int count) {
        String servers = DevStack.shared().kafka().bootstrapServers();
        String topic = "benchmark.roundtrip." + UUID.randomUUID();
        long[] trips = new long[count];
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 0), new StringSerializer(), new StringSerializer());
             KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
                     ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            producer.send(new ProducerRecord<>(topic, "warm", "up")).get();
            consumer.assign(List.of(new TopicPartition(topic, 0)));
            consumer.poll(Duration.ofSeconds(5));
            for (int i = 0; i < count; i++) {
                long sent = System.nanoTime();
                producer.send(new ProducerRecord<>(topic, "k", Long.toString(i)));
                boolean received = false;
                while (!received) {
                    for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                        received |= record.value().equals(Long.toString(i));
                    }
                }
                trips[i] = (System.nanoTime() - sent) / 1_000;
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return trips;
    }

    private static double ms(long[] micros, int percentile) {
        long[] sorted = micros.clone();
        Arrays.sort(sorted);
        int index = Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1000.0;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private record Referred(UUID referrer, UUID candidate, String token) {
    }
}
