package com.excelmedical.staffing.content.page;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.UUID;

/** Removes an erased user's name from every page and revision they wrote; the pages stay. Idempotent. */
@Component
public class PageAuthors {

    private final MongoOperations mongo;

    PageAuthors(MongoOperations mongo) {
        this.mongo = mongo;
    }

    public void eraseName(UUID userId) {
        String id = userId.toString();
        for (String copy : new String[]{"draft", "live"}) {
            mongo.updateMulti(Query.query(Criteria.where(copy + ".author.userId").is(id).and(copy + ".author.name").ne(null)),
                    new Update().set(copy + ".author.name", null).inc("version", 1), Page.class);
        }
        mongo.updateMulti(Query.query(Criteria.where("content.author.userId").is(id).and("content.author.name").ne(null)),
                new Update().set("content.author.name", null), PageRevision.class);
    }
}
