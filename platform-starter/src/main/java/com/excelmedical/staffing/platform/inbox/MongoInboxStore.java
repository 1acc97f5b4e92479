package com.excelmedical.staffing.platform.inbox;

import com.excelmedical.staffing.platform.events.EventEnvelope;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;

import java.time.Clock;
import java.util.Date;

/**
 * The inbox for a service on MongoDB, which cannot rely on multi-document transactions. The
 * {@code consumed_events} collection only spares work: a crash between the handler's write and the
 * marker lets the handler run again, so the handler's own write must be idempotent, which
 * {@link MongoOnce#apply} makes it (the event id is recorded inside the changed document, atomically).
 */
public class MongoInboxStore implements InboxStore {

    static final String COLLECTION = "consumed_events";

    private final MongoOperations mongo;
    private final Clock clock;

    public MongoInboxStore(MongoOperations mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Override
    public boolean runOnce(String consumer, EventEnvelope envelope, Runnable handler) {
        String id = consumer + ":" + envelope.id();
        if (mongo.getCollection(COLLECTION).countDocuments(new Document("_id", id)) > 0) {
            return false;
        }
        handler.run();
        try {
            mongo.getCollection(COLLECTION).insertOne(new Document("_id", id)
                    .append("consumer", consumer)
                    .append("eventType", envelope.type())
                    .append("consumedAt", Date.from(clock.instant())));
        } catch (DuplicateKeyException | com.mongodb.MongoWriteException alreadyMarked) {
            // a concurrent delivery finished first; its effect and ours are one, thanks to MongoOnce
        }
        return true;
    }
}
