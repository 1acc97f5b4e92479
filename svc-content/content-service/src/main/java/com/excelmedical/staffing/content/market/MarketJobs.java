package com.excelmedical.staffing.content.market;

import com.excelmedical.staffing.content.reference.Slugs;
import com.excelmedical.staffing.jobs.events.JobDetails;
import com.excelmedical.staffing.platform.inbox.MongoOnce;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Keeps {@code market_jobs} from job events, each a single-document write: applied at most once
 * ({@link MongoOnce}), and only when no newer event of that job was applied before ({@code occurredAt}), so
 * duplicates, late events and a replay of the whole topic end in the same documents. Every market a job was
 * or is in gets a new version, which is what landing pages' caches and ETags follow.
 */
@Component
public class MarketJobs {

    private final MongoOperations mongo;
    private final MarketVersions versions;
    private final Clock clock;

    MarketJobs(MongoOperations mongo, MarketVersions versions, Clock clock) {
        this.mongo = mongo;
        this.versions = versions;
        this.clock = clock;
    }

    /** A {@code JobPublished} or {@code JobUpdated}: the job's public fields as of {@code occurredAt}. */
    public void details(UUID eventId, Instant occurredAt, UUID jobId, JobDetails job, boolean firstPublication) {
        Set<Market> touched = new LinkedHashSet<>();
        market(jobId).ifPresent(touched::add);
        Update update = detailFields(job).set(MarketJob.STATUS, job.status()).set(MarketJob.OCCURRED_AT, occurredAt);
        if (firstPublication) {
            update.set(MarketJob.PUBLISHED_AT, occurredAt);
        } else {
            update.setOnInsert(MarketJob.PUBLISHED_AT, occurredAt);
        }
        boolean applied = MongoOnce.apply(mongo, MarketJob.COLLECTION, notNewer(jobId, occurredAt), update, eventId, true);
        if (!applied) {
            // a newer status change overtook the job's details: take the details, keep the newer status
            mongo.updateFirst(Query.query(Criteria.where("_id").is(jobId.toString()).and(MarketJob.HAS_DETAILS).ne(true)),
                    detailFields(job), MarketJob.COLLECTION);
        }
        market(jobId).ifPresent(touched::add);
        touched.forEach(market -> versions.bump(market, clock.instant()));
    }

    /** A {@code JobStatusChanged}. */
    public void status(UUID eventId, Instant occurredAt, UUID jobId, String status) {
        Update update = new Update().set(MarketJob.STATUS, status).set(MarketJob.OCCURRED_AT, occurredAt);
        MongoOnce.apply(mongo, MarketJob.COLLECTION, notNewer(jobId, occurredAt), update, eventId, true);
        market(jobId).ifPresent(market -> versions.bump(market, clock.instant()));
    }

    /** The job's document unless an event later than this one was applied to it (same instant: arrival order). */
    private static Query notNewer(UUID jobId, Instant occurredAt) {
        return Query.query(Criteria.where("_id").is(jobId.toString()).orOperator(
                Criteria.where(MarketJob.OCCURRED_AT).lte(occurredAt), Criteria.where(MarketJob.OCCURRED_AT).exists(false)));
    }

    private static Update detailFields(JobDetails job) {
        return new Update()
                .set(MarketJob.SPECIALTY, job.specialtyId() == null ? null : job.specialtyId().toString())
                .set(MarketJob.STATE, job.stateCode())
                .set(MarketJob.CITY, job.cityName() == null ? null : Slugs.of(job.cityName()))
                .set(MarketJob.CITY_NAME, job.cityName())
                .set(MarketJob.TITLE, job.title())
                .set(MarketJob.FACILITY, job.facilityName())
                .set(MarketJob.WEEKLY_PAY, cents(job.weeklyPay()))
                .set(MarketJob.HAS_DETAILS, true);
    }

    static Long cents(String amount) {
        return amount == null ? null : new BigDecimal(amount).movePointRight(2).longValue();
    }

    private java.util.Optional<Market> market(UUID jobId) {
        Query query = Query.query(Criteria.where("_id").is(jobId.toString()));
        query.fields().include(MarketJob.SPECIALTY, MarketJob.STATE, MarketJob.CITY);
        Document job = mongo.findOne(query, Document.class, MarketJob.COLLECTION);
        if (job == null || job.getString(MarketJob.SPECIALTY) == null || job.getString(MarketJob.CITY) == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Market(UUID.fromString(job.getString(MarketJob.SPECIALTY)),
                job.getString(MarketJob.STATE), job.getString(MarketJob.CITY)));
    }
}
