package com.excelmedical.staffing.jobs.search;

import com.excelmedical.staffing.jobs.job.JobStatus;
import com.excelmedical.staffing.jobs.masterdata.City;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The SQL condition of a search over active jobs, built from checked criteria. Values are always bound
 * parameters; only fixed SQL fragments are concatenated.
 */
final class SearchQuery {

    static final double EARTH_RADIUS_MILES = 3958.8;
    private static final double MILES_PER_DEGREE_LATITUDE = 69.0;
    /** A literal, not a parameter: the search indexes are partial on it. */
    private static final String ACTIVE = "j.status = '" + JobStatus.ACTIVE.code() + "'";

    private final StringBuilder where = new StringBuilder(ACTIVE);
    private final MapSqlParameterSource params = new MapSqlParameterSource();
    private boolean text;
    private String distance;

    SearchQuery text(String q) {
        where.append(" and j.search_vector @@ websearch_to_tsquery('english', :q)");
        params.addValue("q", q);
        text = true;
        return this;
    }

    SearchQuery equal(String column, String name, Object value) {
        if (value != null) {
            where.append(" and j.").append(column).append(" = :").append(name);
            params.addValue(name, value);
        }
        return this;
    }

    SearchQuery minWeeklyPay(BigDecimal pay) {
        if (pay != null) {
            where.append(" and j.weekly_pay >= :minWeeklyPay");
            params.addValue("minWeeklyPay", pay);
        }
        return this;
    }

    SearchQuery startBetween(LocalDate from, LocalDate to) {
        if (from != null) {
            where.append(" and j.start_date >= :startFrom");
            params.addValue("startFrom", from);
        }
        if (to != null) {
            where.append(" and j.start_date <= :startTo");
            params.addValue("startTo", to);
        }
        return this;
    }

    /** A bounding box the location indexes can use, then the exact great-circle distance. */
    SearchQuery near(City city, int radiusMiles) {
        double latDelta = radiusMiles / MILES_PER_DEGREE_LATITUDE;
        double lonDelta = radiusMiles / (MILES_PER_DEGREE_LATITUDE * Math.max(0.01, Math.cos(Math.toRadians(city.latitude()))));
        distance = "(" + EARTH_RADIUS_MILES + " * 2 * asin(sqrt(power(sin(radians(j.latitude - :nearLat) / 2), 2)"
                + " + cos(radians(:nearLat)) * cos(radians(j.latitude)) * power(sin(radians(j.longitude - :nearLon) / 2), 2))))";
        where.append(" and j.latitude between :latMin and :latMax and j.longitude between :lonMin and :lonMax")
                .append(" and ").append(distance).append(" <= :radius");
        params.addValue("nearLat", city.latitude()).addValue("nearLon", city.longitude())
                .addValue("latMin", city.latitude() - latDelta).addValue("latMax", city.latitude() + latDelta)
                .addValue("lonMin", city.longitude() - lonDelta).addValue("lonMax", city.longitude() + lonDelta)
                .addValue("radius", (double) radiusMiles);
        return this;
    }

    String where() {
        return where.toString();
    }

    MapSqlParameterSource params() {
        return params;
    }

    boolean hasText() {
        return text;
    }

    /** The distance expression in miles, or SQL null without a {@code near} filter. */
    String distanceOrNull() {
        return distance == null ? "null::double precision" : distance;
    }

}
