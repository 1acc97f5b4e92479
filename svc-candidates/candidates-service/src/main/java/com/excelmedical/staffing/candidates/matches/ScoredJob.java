package com.excelmedical.staffing.candidates.matches;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A job as the ranking read it, with its score's parts and the candidate's swipe on it (null when none). */
record ScoredJob(UUID jobId, String title, String facilityName, String cityName, String stateCode, BigDecimal weeklyPay,
                 LocalDate startDate, String status, MatchParts parts, SwipeAction swiped) {
}
