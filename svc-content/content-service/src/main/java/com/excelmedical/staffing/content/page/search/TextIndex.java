package com.excelmedical.staffing.content.page.search;

import com.excelmedical.staffing.content.page.Page;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Whether the server has text indexes (real MongoDB does; the embedded server used in tests and the local
 * run does not: it accepts the index and silently ignores it). Decided once at start-up: the index is asked
 * for, and used only when the server then lists it as a text index ({@code textIndexVersion}).
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
            boolean listed = false;
            for (Document index : mongo.getCollection(Page.COLLECTION).listIndexes()) {
                listed |= NAME.equals(index.getString("name")) && index.containsKey("textIndexVersion");
            }
            log.info(listed ? "text index {} in use for page search" : "the server keeps no text index {}; page search uses searchTerms alone", NAME);
            return new TextIndex(listed);
        } catch (RuntimeException unsupported) {
            log.info("no text index on this server ({}); page search uses the searchTerms index alone", unsupported.getMessage());
            return new TextIndex(false);
        }
    }

    public boolean available() {
        return available;
    }
}
