package com.excelmedical.staffing.platform.inbox;

import com.mongodb.client.result.UpdateResult;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.util.UUID;

/**
 * Applies an event's change to one MongoDB document at most once, in a single atomic write: the update
 * only matches while the document's {@value #FIELD} does not hold the event id, and pushes the id in
 * the same write (keeping the last {@value #KEEP}).
 */
public final class MongoOnce {

    public static final String FIELD = "appliedEvents";
    static final int KEEP = 200;

    private MongoOnce() {
    }

    /**
     * @param query  selects exactly one document; with {@code upsert} it must select by {@code _id} or
     *               another unique key, so that a repeated event cannot insert a second document
     * @return whether the change was applied now (false: the event had already been applied)
     */
    public static boolean apply(MongoOperations mongo, String collection, Query query, Update update, UUID eventId,
                                boolean upsert) {
        Query guarded = Query.of(query).addCriteria(Criteria.where(FIELD).ne(eventId.toString()));
        update.push(FIELD).slice(-KEEP).each(eventId.toString());
        try {
            UpdateResult result = upsert
                    ? mongo.upsert(guarded, update, collection)
                    : mongo.updateFirst(guarded, update, collection);
            return result.getModifiedCount() > 0 || result.getUpsertedId() != null;
        } catch (DuplicateKeyException alreadyApplied) {
            return false;
        }
    }
}
