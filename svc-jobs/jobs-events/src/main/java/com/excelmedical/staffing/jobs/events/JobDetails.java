package com.excelmedical.staffing.jobs.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The public fields of a job that readers keep copies of. Money is a decimal string in {@code currency};
 * internal bill rates are never part of it.
 *
 * @param jobType travel, perm, per_diem or local
 * @param status  draft, active, on_hold, filled, closed or expired
 */
public record JobDetails(String title, UUID professionId, UUID specialtyId, String specialtyName, String jobType,
                         String facilityName, UUID cityId, String cityName, String stateCode, LocalDate startDate,
                         LocalDate endDate, String shift, String hourlyPay, String weeklyPay, String currency,
                         int openings, String status, boolean featured, UUID recruiterId) {
}
