package com.excelmedical.staffing.candidates.matches;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A job ranked for the candidate: its score (0-100) and the parts it is the sum of, and {@code swiped},
 * {@code like} or {@code save} when the candidate already did that (null otherwise).
 */
public record MatchResponse(UUID jobId, String title, String facilityName, String cityName, String stateCode,
                            BigDecimal weeklyPay, LocalDate startDate, int score, MatchParts parts, String swiped) {

    static MatchResponse of(ScoredJob job) {
        return new MatchResponse(job.jobId(), job.title(), job.facilityName(), job.cityName(), job.stateCode(), job.weeklyPay(),
                job.startDate(), job.parts().score(), job.parts(), job.swiped() == null ? null : job.swiped().code());
    }
}
