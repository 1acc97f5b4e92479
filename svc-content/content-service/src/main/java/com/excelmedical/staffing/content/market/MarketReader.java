package com.excelmedical.staffing.content.market;

import com.excelmedical.staffing.content.ContentProperties;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Reads market figures from the per-job documents (one indexed query per market), and keeps each market's
 * figures in memory under its version: a market change raises the version, so a stale entry is never served.
 */
@Component
public class MarketReader {

    private final MongoOperations mongo;
    private final MarketVersions versions;
    private final int newest;
    private final Cache<String, MarketFigures> cache;

    MarketReader(MongoOperations mongo, MarketVersions versions, ContentProperties properties) {
        this.mongo = mongo;
        this.versions = versions;
        this.newest = properties.landing().newestPostings();
        this.cache = Caffeine.newBuilder().maximumSize(properties.landing().cachedMarkets()).build();
    }

    public long version(Market market) {
        return versions.version(market);
    }

    /** The figures of the market at this version (the caller read the version first, for its ETag). */
    public MarketFigures figures(Market market, long version) {
        MarketFigures cached = cache.getIfPresent(market.key());
        if (cached != null && cached.version() == version) {
            return cached;
        }
        MarketFigures figures = compute(market, version);
        cache.put(market.key(), figures);
        return figures;
    }

    MarketFigures compute(Market market, long version) {
        Query open = Query.query(openIn(market));
        open.fields().include(MarketJob.WEEKLY_PAY, MarketJob.TITLE, MarketJob.FACILITY, MarketJob.PUBLISHED_AT);
        List<Document> jobs = mongo.find(open, Document.class, MarketJob.COLLECTION);
        if (jobs.isEmpty()) {
            return MarketFigures.empty(version);
        }
        long[] pays = jobs.stream().map(job -> job.get(MarketJob.WEEKLY_PAY)).filter(pay -> pay != null)
                .mapToLong(pay -> ((Number) pay).longValue()).sorted().toArray();
        List<MarketFigures.Posting> postings = jobs.stream()
                .sorted(Comparator.comparing((Document job) -> job.getDate(MarketJob.PUBLISHED_AT),
                        Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(job -> job.getString("_id")))
                .limit(newest)
                .map(MarketReader::posting)
                .toList();
        return new MarketFigures(version, jobs.size(),
                pays.length == 0 ? null : MarketFigures.money(pays[0]),
                MarketFigures.money(MarketFigures.median(pays)),
                pays.length == 0 ? null : MarketFigures.money(pays[pays.length - 1]), postings);
    }

    /** Markets with at least one open job, and when a job in each last changed: for the sitemap. */
    public List<OpenMarket> openMarkets() {
        Aggregation aggregation = Aggregation.newAggregation(
                Aggregation.match(Criteria.where(MarketJob.STATUS).is(MarketJob.OPEN).and(MarketJob.HAS_DETAILS).is(true)),
                Aggregation.group(MarketJob.SPECIALTY, MarketJob.STATE, MarketJob.CITY).max(MarketJob.OCCURRED_AT).as("lastChange"),
                Aggregation.sort(Sort.by("_id")));
        List<OpenMarket> markets = new ArrayList<>();
        for (Document row : mongo.aggregate(aggregation, MarketJob.COLLECTION, Document.class)) {
            Document id = row.get("_id", Document.class);
            if (id.getString(MarketJob.SPECIALTY) == null || id.getString(MarketJob.CITY) == null) {
                continue;
            }
            markets.add(new OpenMarket(new Market(UUID.fromString(id.getString(MarketJob.SPECIALTY)),
                    id.getString(MarketJob.STATE), id.getString(MarketJob.CITY)), row.getDate("lastChange").toInstant()));
        }
        return markets;
    }

    public record OpenMarket(Market market, Instant lastChange) {
    }

    private static Criteria openIn(Market market) {
        return Criteria.where(MarketJob.SPECIALTY).is(market.specialtyId().toString())
                .and(MarketJob.STATE).is(market.stateCode())
                .and(MarketJob.CITY).is(market.citySlug())
                .and(MarketJob.STATUS).is(MarketJob.OPEN)
                .and(MarketJob.HAS_DETAILS).is(true);
    }

    private static MarketFigures.Posting posting(Document job) {
        Object pay = job.get(MarketJob.WEEKLY_PAY);
        return new MarketFigures.Posting(UUID.fromString(job.getString("_id")), job.getString(MarketJob.TITLE),
                job.getString(MarketJob.FACILITY), pay == null ? null : MarketFigures.money(((Number) pay).longValue()),
                job.getDate(MarketJob.PUBLISHED_AT) == null ? null : job.getDate(MarketJob.PUBLISHED_AT).toInstant());
    }
}
