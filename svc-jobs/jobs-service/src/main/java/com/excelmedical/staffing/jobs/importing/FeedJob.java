package com.excelmedical.staffing.jobs.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * One job of a LaborEdge feed, with LaborEdge's field names. Each row is read on its own, so one
 * unreadable row is rejected without affecting the others.
 *
 * @param jobType       Travel, Perm, Per Diem or Local
 * @param duration      with {@code durationType} DAYS, WEEKS or MONTHS
 * @param jobStatusCode OPEN (default), HOLD, FILLED or CLOSED
 * @param scheduledHrs1 hours per shift; with {@code shiftsPerWeek1} gives the hours per week
 */
public record FeedJob(String externalJobId, String jobTitle, String description, String profession, String specialty,
                      String jobType, String clientName, String clientCity, String clientStateCode, String clientZip,
                      LocalDate startDate, LocalDate endDate, Boolean asap, Integer duration, String durationType,
                      String jobStatusCode, String shift, LocalTime shiftStartTime1, LocalTime shiftEndTime1,
                      Integer shiftsPerWeek1, BigDecimal scheduledHrs1, BigDecimal hourlyPay, BigDecimal weeklyPay,
                      BigDecimal housingStipend, BigDecimal signOnBonus, Integer noOfOpenings, Boolean featuredJob,
                      Boolean hotJob, String seoTitle, String seoDescription, List<Certification> requiredCertifications,
                      List<Rate> rates) {

    public record Certification(String certification, Boolean forOnboarding, Boolean forSubmittal) {
    }

    public record Rate(String billRateCode, BigDecimal rate) {
    }
}
