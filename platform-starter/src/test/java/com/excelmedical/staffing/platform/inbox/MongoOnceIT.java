package com.excelmedical.staffing.platform.inbox;

import com.excelmedical.staffing.devstack.DevStack;
import com.excelmedical.staffing.platform.events.EventEnvelope;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The inbox of a MongoDB service, against the devstack's MongoDB-compatible server (no transactions there). */
class MongoOnceIT {

    private final MongoClient client = MongoClients.create(DevStack.shared().mongo().connectionString("inbox"));
    private final MongoTemplate mongo = new MongoTemplate(client, "inbox");

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void appliesAnEventsChangeToADocumentOnlyOnce() {
        String id = "denver-icu-" + UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        Query stats = Query.query(Criteria.where("_id").is(id));

        assertThat(MongoOnce.apply(mongo, "market_stats", stats, new Update().inc("openJobs", 1), eventId, true)).isTrue();
        assertThat(MongoOnce.apply(mongo, "market_stats", stats, new Update().inc("openJobs", 1), eventId, true)).isFalse();
        assertThat(MongoOnce.apply(mongo, "market_stats", stats, new Update().inc("openJobs", 1), UUID.randomUUID(), true)).isTrue();

        Document document = mongo.getCollection("market_stats").find(new Document("_id", id)).first();
        assertThat(document.getInteger("openJobs")).isEqualTo(2);
        assertThat(document.getList(MongoOnce.FIELD, String.class)).hasSize(2);
    }

    @Test
    void inboxStoreSkipsAnEventItHasSeen() {
        MongoInboxStore store = new MongoInboxStore(mongo, Clock.systemUTC());
        EventEnvelope envelope = new EventEnvelope("1.0", UUID.randomUUID(), "/svc-jobs", "staffing.jobs.JobPublished.v1",
                Instant.now(), "job-1", "application/json", null);
        AtomicInteger runs = new AtomicInteger();

        assertThat(store.runOnce("content.market-stats", envelope, runs::incrementAndGet)).isTrue();
        assertThat(store.runOnce("content.market-stats", envelope, runs::incrementAndGet)).isFalse();
        assertThat(store.runOnce("content.other-use", envelope, runs::incrementAndGet)).isTrue();
        assertThat(runs).hasValue(2);
    }
}
