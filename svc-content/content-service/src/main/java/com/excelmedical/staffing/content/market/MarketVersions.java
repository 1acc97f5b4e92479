package com.excelmedical.staffing.content.market;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * {@code market_versions}: one small document per market, its version raised whenever a job in it changes.
 * A landing page's ETag and the cached figures follow it, so a market change gives a new tag at once.
 */
@Component
public class MarketVersions {

    static final String COLLECTION = "market_versions";

    private final MongoOperations mongo;

    MarketVersions(MongoOperations mongo) {
        this.mongo = mongo;
    }

    void bump(Market market, Instant now) {
        mongo.upsert(Query.query(Criteria.where("_id").is(market.key())),
                new Update().inc("version", 1L).set("changedAt", now), COLLECTION);
    }

    /** The market's version; 0 for a market no job was ever in. */
    public long version(Market market) {
        Document document = mongo.findById(market.key(), Document.class, COLLECTION);
        return document == null ? 0 : ((Number) document.get("version")).longValue();
    }
}
