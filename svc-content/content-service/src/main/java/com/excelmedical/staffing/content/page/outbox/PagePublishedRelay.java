package com.excelmedical.staffing.content.page.outbox;

import com.excelmedical.staffing.content.events.ContentTopics;
import com.excelmedical.staffing.content.events.PagePublished;
import com.excelmedical.staffing.content.page.Page;
import com.excelmedical.staffing.content.page.PendingEvent;
import com.excelmedical.staffing.platform.events.CloudEventCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The outbox without transactions: a publication writes its {@link PendingEvent} into the page document in the
 * same update; this relay sends each pending event and only then pulls it from the page (by event id, so a
 * newer pending event is left alone). A crash or a broker outage between the two means a second send, and so
 * does an edit saved from a copy of the page read before the event was pulled (the pull leaves the version
 * alone): at least once, and consumers deduplicate by event id. Events of one page go out in the order they were recorded.
 */
@Component
public class PagePublishedRelay {

    private static final Logger log = LoggerFactory.getLogger(PagePublishedRelay.class);
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(10);

    private final MongoOperations mongo;
    private final KafkaTemplate<String, String> kafka;
    private final CloudEventCodec codec;
    private final int batchSize;

    PagePublishedRelay(MongoOperations mongo, KafkaTemplate<String, String> kafka, CloudEventCodec codec,
                       com.excelmedical.staffing.content.ContentProperties properties) {
        this.mongo = mongo;
        this.kafka = kafka;
        this.codec = codec;
        this.batchSize = properties.events().relayBatchSize();
    }

    /** @return how many events reached the broker in this run */
    public synchronized int relayPending() {
        Query pending = Query.query(Criteria.where("pendingEvents.eventId").exists(true)).limit(batchSize);
        pending.fields().include("_id", "pendingEvents");
        int sent = 0;
        for (Page page : mongo.find(pending, Page.class)) {
            for (PendingEvent event : page.pendingEvents()) {
                send(event.toEvent(page.id()));
                // by collection name: the page's version stays, so an editor's next write is not refused as stale
                mongo.updateFirst(Query.query(Criteria.where("_id").is(page.id())),
                        new Update().pull("pendingEvents", new org.bson.Document("eventId", event.eventId())), Page.COLLECTION);
                sent++;
            }
        }
        return sent;
    }

    private void send(PagePublished event) {
        try {
            kafka.send(ContentTopics.PAGES, event.subject(), codec.write(event)).get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending " + event.eventId(), e);
        } catch (ExecutionException | TimeoutException e) {
            log.warn("PagePublished {} not sent yet; it stays in page {} for the next run", event.eventId(), event.pageId());
            throw new IllegalStateException("broker did not take " + event.eventId(), e);
        }
    }
}
