package com.excelmedical.staffing.content.market;

import com.excelmedical.staffing.content.ContentIT;
import com.excelmedical.staffing.content.Pages;
import com.excelmedical.staffing.content.guide.Guides;
import com.excelmedical.staffing.content.page.PageClient;
import com.excelmedical.staffing.content.reference.ReferenceData;
import com.excelmedical.staffing.content.reference.Slugs;
import com.excelmedical.staffing.content.reference.Specialty;
import com.excelmedical.staffing.jobs.events.JobDetails;
import com.excelmedical.staffing.platform.test.load.LoadConnection;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * The landing page with 100,000 jobs' figures in the store, over HTTP on the service's port: 16 clients in a
 * closed loop (blocking keep-alive connections, one write per request: platform-test's {@link LoadConnection}), every
 * request a full 200, then every request a conditional GET answered 304, each after 15 s of warm-up (the JIT
 * still compiles through a shorter one). Also the cost of
 * computing one market's figures without the in-memory cache, and of applying one job event. Not part of
 * {@code verify}: {@code ./mvnw -B verify -pl svc-content/content-service -am -Pbenchmark -Dtest=none
 * -Dsurefire.failIfNoSpecifiedTests=false}. Results: standard output and {@code target/benchmark-results.txt}.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true", disabledReason = "runs with -Pbenchmark only")
class LandingBenchmark extends ContentIT {

    private static final int JOBS = Integer.getInteger("benchmark.jobs", 100_000);
    private static final int EVENTS = Integer.getInteger("benchmark.events", 200);
    private static final int CLIENTS = Integer.getInteger("benchmark.clients", 16);
    private static final Duration MEASURE = Duration.ofSeconds(Integer.getInteger("benchmark.seconds", 20));
    private static final Duration WARM_UP = Duration.ofSeconds(Integer.getInteger("benchmark.warmUpSeconds", 15));
    private static final String[] CITIES = {"San Antonio", "Houston", "Dallas", "Austin", "El Paso", "Fort Worth", "Plano",
            "Lubbock", "Laredo", "Irving", "Garland", "Frisco", "McKinney", "Amarillo", "Waco", "Denton", "Tyler", "Midland",
            "Odessa", "Abilene"};

    @Value("${local.server.port}")
    int port;
    @Autowired
    MarketJobs marketJobs;
    @Autowired
    MarketReader reader;
    @Autowired
    ReferenceData reference;

    @Test
    void landingPageUnderLoad() throws Exception {
        Specialty icu = reference.specialtyBySlug("icu").orElseThrow();
        report("start %s, load average %s", Instant.now(), Files.readString(Path.of("/proc/loadavg")).strip());
        long loadStart = System.nanoTime();
        loadJobs();
        report("loaded %,d jobs' documents in %.1f s (bulk insert, the shape the consumer writes)", JOBS, (System.nanoTime() - loadStart) / 1e9);

        long eventsStart = System.nanoTime();
        for (int i = 0; i < EVENTS; i++) {
            JobDetails job = details(icu.id(), CITIES[i % CITIES.length], 2000 + i % 1500, "active");
            marketJobs.details(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), job, true);
        }
        double perEvent = (System.nanoTime() - eventsStart) / 1e6 / EVENTS;
        report("applied %,d JobPublished through MarketJobs: %.2f ms per event (%.0f events/s)", EVENTS, perEvent, 1000 / perEvent);
        long total = mongo.getCollection("market_jobs").countDocuments();

        String city = "San Antonio";
        String slug = Slugs.of(city);
        mvc.perform(put("/content/city-guides/TX/" + slug).header("Authorization", editor())
                .contentType(MediaType.APPLICATION_JSON).content(Guides.aGuide(city, "Overview. ".repeat(60))));
        new PageClient(mvc, json, editor()).published(Pages.aPage("specialty_guide", "ICU nursing", null, "Critical care",
                "[]", "{\"specialtyId\": \"" + icu.id() + "\"}"));
        Market market = new Market(icu.id(), "TX", slug);
        long version = reader.version(market);
        MarketFigures figures = reader.compute(market, version);
        report("store: %,d jobs; market icu/TX/%s: %,d open jobs, weekly pay %s / %s / %s", total, slug, figures.openJobs(),
                figures.weeklyPayMin(), figures.weeklyPayMedian(), figures.weeklyPayMax());
        long[] compute = new long[20];
        for (int i = 0; i < compute.length; i++) {
            long start = System.nanoTime();
            reader.compute(market, version);
            compute[i] = System.nanoTime() - start;
        }
        Arrays.sort(compute);
        report("figures computed without the cache (one query over market_jobs, median in the service): p50 %.1f ms, max %.1f ms",
                ms(compute, 0.5), compute[compute.length - 1] / 1e6);

        URI uri = URI.create("http://127.0.0.1:" + port + "/content/landing/icu/TX/" + slug);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<String> first = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(first.statusCode()).isEqualTo(200);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        report("landing page: %,d bytes, ETag %s", first.body().length(), etag);

        run(uri, null, WARM_UP);
        long[] full = run(uri, null, MEASURE);
        report("200: %d clients, %d s: %,d requests, %.0f req/s, p50 %.2f ms, p95 %.2f ms, p99 %.2f ms (target p95 <= 20)",
                CLIENTS, MEASURE.toSeconds(), full.length, full.length / (double) MEASURE.toSeconds(), ms(full, 0.5), ms(full, 0.95), ms(full, 0.99));
        run(uri, etag, WARM_UP);
        long[] notModified = run(uri, etag, MEASURE);
        report("304: %d clients, %d s: %,d requests, %.0f req/s, p50 %.2f ms, p95 %.2f ms, p99 %.2f ms",
                CLIENTS, MEASURE.toSeconds(), notModified.length, notModified.length / (double) MEASURE.toSeconds(),
                ms(notModified, 0.5), ms(notModified, 0.95), ms(notModified, 0.99));
        long[] single = run(uri, null, Duration.ofSeconds(5), 1);
        long[] singleNotModified = run(uri, etag, Duration.ofSeconds(5), 1);
        report("1 client: 200 p50 %.2f ms, p95 %.2f ms; 304 p50 %.2f ms, p95 %.2f ms", ms(single, 0.5), ms(single, 0.95),
                ms(singleNotModified, 0.5), ms(singleNotModified, 0.95));
    }

    private void loadJobs() {
        List<Specialty> specialties = List.of("icu", "emergency-room", "med-surg", "telemetry", "operating-room",
                "labor-and-delivery", "step-down", "nicu").stream().map(s -> reference.specialtyBySlug(s).orElseThrow()).toList();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        List<Document> batch = new ArrayList<>(5_000);
        Date now = new Date();
        for (int i = 0; i < JOBS; i++) {
            String city = CITIES[random.nextInt(CITIES.length)];
            Specialty specialty = specialties.get(random.nextInt(specialties.size()));
            batch.add(new Document("_id", UUID.randomUUID().toString())
                    .append(MarketJob.SPECIALTY, specialty.id().toString()).append(MarketJob.STATE, "TX")
                    .append(MarketJob.CITY, Slugs.of(city)).append(MarketJob.CITY_NAME, city)
                    .append(MarketJob.TITLE, specialty.name() + " nurse " + i).append(MarketJob.FACILITY, "Facility " + i % 300)
                    .append(MarketJob.WEEKLY_PAY, 150_000L + random.nextLong(250_000))
                    .append(MarketJob.STATUS, random.nextInt(10) < 8 ? "active" : "closed").append(MarketJob.HAS_DETAILS, true)
                    .append(MarketJob.PUBLISHED_AT, new Date(now.getTime() - random.nextLong(90L * 86_400_000)))
                    .append(MarketJob.OCCURRED_AT, now).append("appliedEvents", List.of(UUID.randomUUID().toString())));
            if (batch.size() == 5_000) {
                mongo.getCollection(MarketJob.COLLECTION).insertMany(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            mongo.getCollection(MarketJob.COLLECTION).insertMany(batch);
        }
    }

    private static JobDetails details(UUID specialtyId, String city, int weeklyPay, String status) {
        return new JobDetails("ICU nurse", UUID.randomUUID(), specialtyId, "ICU", "travel", "Mercy", UUID.randomUUID(), city, "TX",
                null, null, "night", null, weeklyPay + ".00", "USD", 1, status, false, UUID.randomUUID());
    }

    private long[] run(URI uri, String etag, Duration duration) throws InterruptedException {
        return run(uri, etag, duration, CLIENTS);
    }

    private long[] run(URI uri, String etag, Duration duration, int clients) throws InterruptedException {
        int expected = etag == null ? 200 : 304;
        long end = System.nanoTime() + duration.toNanos();
        List<long[]> perClient = new ArrayList<>();
        int[] counts = new int[clients];
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            long[] latencies = new long[1_000_000];
            perClient.add(latencies);
            int client = c;
            Thread.ofPlatform().start(() -> {
                try (LoadConnection connection = new LoadConnection(uri)) {
                    while (System.nanoTime() < end && counts[client] < latencies.length) {
                        long start = System.nanoTime();
                        int status = connection.send("GET", uri.getRawPath(), etag == null ? Map.of() : Map.of("If-None-Match", etag), null);
                        if (status != expected) {
                            throw new IllegalStateException("status " + status);
                        }
                        latencies[counts[client]++] = System.nanoTime() - start;
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(perClient.get(c), 0, all, at, counts[c]);
            at += counts[c];
        }
        Arrays.sort(all);
        return all;
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    private static void report(String format, Object... args) throws java.io.IOException {
        String line = String.format(format, args);
        System.out.println("[benchmark] " + line);
        Files.writeString(Path.of("target/benchmark-results.txt"), line + System.lineSeparator(),
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
