package com.excelmedical.staffing.jobs.search;

import com.excelmedical.staffing.jobs.masterdata.City;
import com.excelmedical.staffing.jobs.masterdata.MasterData;
import com.excelmedical.staffing.platform.problems.InvalidInputException;
import org.springframework.stereotype.Component;

import java.util.Locale;

/** Turns checked search parameters into the SQL condition; unknown reference ids are a 400 naming the parameter. */
@Component
public class SearchQueries {

    private final JobSearch search;
    private final MasterData masterData;

    SearchQueries(JobSearch search, MasterData masterData) {
        this.search = search;
        this.masterData = masterData;
    }

    SearchQuery build(JobSearchRequest request) {
        SearchQuery query = new SearchQuery();
        String q = request.q() == null ? "" : request.q().strip();
        if (!q.isEmpty() && search.hasSearchTerms(q)) {
            query.text(q);
        }
        if (request.specialty() != null && masterData.specialty(request.specialty()).isEmpty()) {
            throw new InvalidInputException("specialty", "unknown specialty " + request.specialty());
        }
        if (request.profession() != null && masterData.profession(request.profession()).isEmpty()) {
            throw new InvalidInputException("profession", "unknown profession " + request.profession());
        }
        String state = request.state() == null ? null : request.state().toUpperCase(Locale.ROOT);
        if (state != null && masterData.state(state).isEmpty()) {
            throw new InvalidInputException("state", "unknown state " + request.state());
        }
        if (request.city() != null && masterData.city(request.city()).isEmpty()) {
            throw new InvalidInputException("city", "unknown city " + request.city());
        }
        query.equal("specialty_id", "specialty", request.specialty())
                .equal("profession_id", "profession", request.profession())
                .equal("state_code", "state", state)
                .equal("city_id", "city", request.city())
                .equal("job_type", "jobType", request.jobType())
                .equal("shift", "shift", request.shift())
                .equal("featured", "featured", request.featured())
                .minWeeklyPay(request.minWeeklyPay())
                .startBetween(request.startFrom(), request.startTo());
        if (request.near() != null) {
            City city = masterData.city(request.near()).orElseThrow(() -> new InvalidInputException("near", "unknown city " + request.near()));
            query.near(city, request.radiusOrDefault());
        } else if (request.radiusMiles() != null) {
            throw new InvalidInputException("radiusMiles", "needs near=<city id>");
        }
        return query;
    }
}
