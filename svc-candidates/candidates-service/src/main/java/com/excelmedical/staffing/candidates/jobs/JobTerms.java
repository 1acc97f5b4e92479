package com.excelmedical.staffing.candidates.jobs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * What a job is and offers, as svc-jobs describes it: its profession and specialty (svc-jobs' reference
 * data ids), type and shift (svc-jobs' codes, kept as they come so that a code added there never stops
 * the feed), city, first and last day ({@code endDate} null for an open-ended job) and weekly pay.
 */
public record JobTerms(UUID professionId, UUID specialtyId, String specialtyName, String jobType, String shift, UUID cityId,
                       LocalDate startDate, LocalDate endDate, BigDecimal weeklyPay, String currency) {

    public JobTerms {
        Objects.requireNonNull(professionId, "professionId");
        Objects.requireNonNull(specialtyId, "specialtyId");
    }

    /** The terms when profession and specialty are given (svc-jobs always gives both), else null. */
    public static JobTerms ofNullable(UUID professionId, UUID specialtyId, String specialtyName, String jobType, String shift,
                                      UUID cityId, LocalDate startDate, LocalDate endDate, String weeklyPay, String currency) {
        if (professionId == null || specialtyId == null) {
            return null;
        }
        return new JobTerms(professionId, specialtyId, specialtyName, jobType, shift, cityId, startDate, endDate,
                amount(weeklyPay), currency);
    }

    /** A decimal string as svc-jobs writes money; anything else is not an amount (null). */
    private static BigDecimal amount(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
