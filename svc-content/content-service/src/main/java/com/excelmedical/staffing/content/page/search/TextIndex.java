package com.excelmedical.staffing.content.page.search;

import com.excelmedical.staffing.content.page.Page;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Whether the server has text indexes (real MongoDB does; the embedded server used in tests and the local
 * run does not). Decided once at start-up by creating the index and running one {@code $text} query.
 */
public final class TextIndex {

    private static final Logger log = LoggerFactory.getLogger(TextIndex.class);
    static final String NAME = "pages_search_text";

    private final boolean available;

    private TextIndex(boolean available) {
        this.available = available;
    }

    public static TextIndex probe(MongoOperations mongo) {
        try {
            mongo.getCollection(Page.COLLECTION).createIndex(new Document("searchTerms", "text"),
                    new com.mongodb.client.model.IndexOptions().name(NAME).defaultLanguage("none"));
            mongo.getCollection(Page.COLLECTION).find(new Document("$text", new Document("$search", "probe"))).first();
            log.info("text index {} in use for page search", NAME);
            return new TextIndex(true);
        } catch (RuntimeException unsupported) {
            log.info("no text index on this server ({}); page search uses the searchTerms index alone", unsupported.getMessage());
            return new TextIndex(false);
        }
    }

    public static TextIndex unavailable() {
        return new TextIndex(false);
    }

    public boolean available() {
        return available;
    }
}
