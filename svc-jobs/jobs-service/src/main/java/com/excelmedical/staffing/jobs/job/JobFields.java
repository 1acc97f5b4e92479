package com.excelmedical.staffing.jobs.job;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * The editable fields of a job, already checked against the reference data (ids resolved to names and
 * coordinates).
 */
public record JobFields(String title, String description, UUID professionId, UUID specialtyId, String specialtyName,
                        String jobType, String facilityName, UUID cityId, String cityName, String stateCode, String zip,
                        Double latitude, Double longitude, LocalDate startDate, LocalDate endDate, boolean asap,
                        Integer durationWeeks, String shift, LocalTime shiftStart, LocalTime shiftEnd, BigDecimal hoursPerWeek,
                        BigDecimal hourlyPay, BigDecimal weeklyPay, BigDecimal housingStipend, BigDecimal signOnBonus,
                        int openings, boolean featured, boolean urgent, String requirements, String benefits,
                        String seoTitle, String seoDescription, List<RequiredCertification> certifications,
                        List<BillRate> rates) {
}
