package com.excelmedical.staffing.content.market;

/**
 * The field names of a {@code market_jobs} document: one job as the market figures need it, written only by
 * {@link MarketJobs} from {@code jobs.jobs} events. {@code _id} is the job id; {@code occurredAt} is the time of
 * the newest event applied; {@code appliedEvents} holds the ids of the last events applied (the starter's
 * {@code MongoOnce}).
 */
final class MarketJob {

    static final String COLLECTION = "market_jobs";
    static final String SPECIALTY = "specialtyId";
    static final String STATE = "stateCode";
    static final String CITY = "citySlug";
    static final String CITY_NAME = "cityName";
    static final String TITLE = "title";
    static final String FACILITY = "facilityName";
    static final String WEEKLY_PAY = "weeklyPayCents";
    static final String STATUS = "status";
    static final String HAS_DETAILS = "hasDetails";
    static final String PUBLISHED_AT = "publishedAt";
    static final String OCCURRED_AT = "occurredAt";
    static final String OPEN = "active";

    private MarketJob() {
    }
}
