package com.excelmedical.staffing.jobs.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A job in a result list; money as decimal strings in {@code currency}. */
public record JobSummary(UUID id, String title, UUID specialtyId, String specialtyName, String jobType, String facilityName,
                         UUID cityId, String cityName, String stateCode, LocalDate startDate, LocalDate endDate, boolean asap,
                         String shift, String hourlyPay, String weeklyPay, String currency, int openings, boolean featured,
                         boolean urgent, Instant publishedAt, Double distanceMiles) {
}
