package com.excelmedical.staffing.candidates.matches;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A saved job as its snapshot holds it now ({@code status} shows when it is no longer active), with the
 * match score shown when it was saved and when that was.
 */
public record SavedJobResponse(UUID jobId, String title, String facilityName, String cityName, String stateCode,
                               BigDecimal weeklyPay, LocalDate startDate, String status, int matchScore, Instant savedAt) {
}
