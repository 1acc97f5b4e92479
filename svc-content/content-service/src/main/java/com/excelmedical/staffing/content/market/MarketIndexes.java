package com.excelmedical.staffing.content.market;

import org.bson.Document;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

/** The index of {@code market_jobs}, created at start-up: a market's open jobs in one index range. */
@Component
class MarketIndexes implements InitializingBean {

    private final MongoOperations mongo;

    MarketIndexes(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterPropertiesSet() {
        mongo.getCollection(MarketJob.COLLECTION).createIndex(new Document(MarketJob.SPECIALTY, 1).append(MarketJob.STATE, 1)
                        .append(MarketJob.CITY, 1).append(MarketJob.STATUS, 1),
                new com.mongodb.client.model.IndexOptions().name("market_jobs_market_status"));
        mongo.getCollection(MarketJob.COLLECTION).createIndex(new Document(MarketJob.STATUS, 1),
                new com.mongodb.client.model.IndexOptions().name("market_jobs_status"));
    }
}
