package com.excelmedical.staffing.content.landing;

import com.excelmedical.staffing.content.ContentIT;
import com.excelmedical.staffing.content.market.JobEventsFixture;
import com.excelmedical.staffing.content.market.Market;
import com.excelmedical.staffing.content.market.MarketFigures;
import com.excelmedical.staffing.content.market.MarketReader;
import com.excelmedical.staffing.jobs.events.JobEvent;
import com.excelmedical.staffing.jobs.events.JobPublished;
import com.excelmedical.staffing.jobs.events.JobUpdated;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Market figures kept from svc-jobs' events: duplicates, late events and a replay change nothing. */
class MarketFiguresIT extends ContentIT {

    private final Instant t0 = Instant.now().truncatedTo(ChronoUnit.MILLIS).minus(1, ChronoUnit.HOURS);
    @org.springframework.beans.factory.annotation.Autowired
    MarketReader reader;
    private LandingClient landing;
    private JobEventsFixture jobs;
    private String city;

    @BeforeEach
    void setUp() throws Exception {
        landing = new LandingClient(mvc, json);
        city = "Figureville " + unique();
        jobs = new JobEventsFixture(json, city, "TX");
    }

    @AfterEach
    void close() {
        jobs.close();
    }

    @Test
    void openJobsPayRangeAndNewestPostingsOfTheSpecialtyInTheCity() throws Exception {
        UUID a = UUID.randomUUID(), b = UUID.randomUUID(), c = UUID.randomUUID(), noPay = UUID.randomUUID();
        jobs.send(jobs.published(a, jobs.job(JobEventsFixture.ICU, "ICU A", "2000.00", "active"), t0),
                jobs.published(b, jobs.job(JobEventsFixture.ICU, "ICU B", "3000.00", "active"), t0.plusSeconds(1)),
                jobs.published(c, jobs.job(JobEventsFixture.ICU, "ICU C", "2650.50", "active"), t0.plusSeconds(2)),
                jobs.published(noPay, jobs.job(JobEventsFixture.ICU, "ICU no pay", null, "active"), t0.plusSeconds(3)),
                jobs.published(UUID.randomUUID(), jobs.job(JobEventsFixture.ICU, "ICU draft", "9000.00", "draft"), t0.plusSeconds(4)),
                jobs.published(UUID.randomUUID(), jobs.job(UUID.fromString("a7fec5c5-e1bd-6e0b-0e30-5b1c5ea2ab5e"), "Other", "100.00", "active"), t0));

        JsonNode market = awaitMarket(m -> m.get("openJobs").asInt() == 4);

        assertThat(market.get("weeklyPayMin").decimalValue()).isEqualByComparingTo("2000.00");
        assertThat(market.get("weeklyPayMedian").decimalValue()).isEqualByComparingTo("2650.50");
        assertThat(market.get("weeklyPayMax").decimalValue()).isEqualByComparingTo("3000.00");
        List<String> newest = market.get("newestPostings").valueStream().map(p -> p.get("title").asString()).toList();
        assertThat(newest).containsExactly("ICU no pay", "ICU C", "ICU B", "ICU A");
        assertThat(market.get("newestPostings").get(1).get("link").asString()).endsWith("/jobs/" + c);
    }

    @Test
    void duplicatesAndAnUpdateThatArrivesLateChangeNothing() throws Exception {
        UUID job = UUID.randomUUID();
        JobPublished published = jobs.published(job, jobs.job(JobEventsFixture.ICU, "ICU", "2000.00", "active"), t0);
        JobUpdated newer = jobs.updated(job, jobs.job(JobEventsFixture.ICU, "ICU", "3500.00", "active"), t0.plusSeconds(20));
        JobUpdated older = jobs.updated(job, jobs.job(JobEventsFixture.ICU, "ICU", "1000.00", "active"), t0.plusSeconds(10));

        jobs.send(published, published, newer, older, newer);
        awaitHandled(published, newer, older);

        MarketFigures market = figures();
        assertThat(market.openJobs()).isEqualTo(1);
        assertThat(market.weeklyPayMin()).isEqualByComparingTo("3500.00");
        assertThat(market.weeklyPayMax()).isEqualByComparingTo("3500.00");
        Document stored = mongo.getCollection("market_jobs").find(new Document("_id", job.toString())).first();
        assertThat(stored.getLong("weeklyPayCents")).isEqualTo(350000L);
    }

    @Test
    void aStatusChangeThatOvertakesTheFirstPublicationKeepsTheNewerStatus() throws Exception {
        UUID job = UUID.randomUUID();
        UUID open = UUID.randomUUID();
        JobEvent[] events = {jobs.statusChanged(job, "active", "closed", t0.plusSeconds(30)),
                jobs.published(job, jobs.job(JobEventsFixture.ICU, "ICU closed", "2000.00", "active"), t0),
                jobs.published(open, jobs.job(JobEventsFixture.ICU, "ICU open", "2500.00", "active"), t0)};
        jobs.send(events);
        awaitHandled(events);

        MarketFigures market = figures();
        assertThat(market.openJobs()).isEqualTo(1);
        assertThat(mongo.getCollection("market_jobs").find(new Document("_id", job.toString())).first().getBoolean("hasDetails")).isTrue();
        assertThat(market.newest().getFirst().title()).isEqualTo("ICU open");
        assertThat(mongo.getCollection("market_jobs").find(new Document("_id", job.toString())).first().getString("status")).isEqualTo("closed");
    }

    @Test
    void replayingTheWholeTopicEndsInTheSameFigures() throws Exception {
        UUID a = UUID.randomUUID(), b = UUID.randomUUID();
        List<JobEvent> history = List.of(
                jobs.published(a, jobs.job(JobEventsFixture.ICU, "ICU A", "2000.00", "active"), t0),
                jobs.published(b, jobs.job(JobEventsFixture.ICU, "ICU B", "2400.00", "active"), t0.plusSeconds(1)),
                jobs.updated(a, jobs.job(JobEventsFixture.ICU, "ICU A", "2200.00", "active"), t0.plusSeconds(2)),
                jobs.statusChanged(b, "active", "filled", t0.plusSeconds(3)),
                jobs.statusChanged(b, "filled", "active", t0.plusSeconds(4)),
                jobs.statusChanged(a, "active", "closed", t0.plusSeconds(5)));
        jobs.send(history.toArray(JobEvent[]::new));
        awaitHandled(history.toArray(JobEvent[]::new));
        MarketFigures before = figures();
        assertThat(before.openJobs()).isEqualTo(1);
        assertThat(before.newest().getFirst().title()).isEqualTo("ICU B");

        // the consumer's inbox is gone (as after a reset of its offsets): every event is handled again, in order
        mongo.getCollection("consumed_events").deleteMany(new Document("consumer", "content.market"));
        jobs.send(history.toArray(JobEvent[]::new));
        awaitHandled(history.toArray(JobEvent[]::new));
        MarketFigures after = figures();

        // the replay raised the market's version (caches follow it); the figures are the same
        assertThat(after.version()).isGreaterThan(before.version());
        assertThat(after).usingRecursiveComparison().ignoringFields("version").isEqualTo(before);
        assertThat(mongo.getCollection("market_jobs").find(new Document("_id", a.toString())).first().getString("status")).isEqualTo("closed");
        assertThat(mongo.getCollection("market_jobs").find(new Document("_id", a.toString())).first().getLong("weeklyPayCents")).isEqualTo(220000L);
        assertThat(mongo.getCollection("market_jobs").find(new Document("_id", b.toString())).first().getString("status")).isEqualTo("active");
    }

    /** The market's figures as the store has them now (not a landing page rendered a moment ago). */
    private MarketFigures figures() {
        Market market = new Market(JobEventsFixture.ICU, "TX", com.excelmedical.staffing.content.reference.Slugs.of(city));
        return reader.figures(market, reader.version(market));
    }

    /** Waits until the inbox has recorded each event as handled by the market consumer. */
    private void awaitHandled(JobEvent... events) {
        for (JobEvent event : events) {
            await().atMost(java.time.Duration.ofSeconds(30)).until(() -> mongo.getCollection("consumed_events")
                    .countDocuments(new Document("_id", "content.market:" + event.eventId())) == 1);
        }
    }

    private JsonNode awaitMarket(java.util.function.Predicate<JsonNode> condition) {
        String slug = com.excelmedical.staffing.content.reference.Slugs.of(city);
        JsonNode[] market = new JsonNode[1];
        await().atMost(java.time.Duration.ofSeconds(30)).until(() -> {
            market[0] = landing.market("icu", "TX", slug);
            return market[0] != null && condition.test(market[0]);
        });
        return market[0];
    }
}
