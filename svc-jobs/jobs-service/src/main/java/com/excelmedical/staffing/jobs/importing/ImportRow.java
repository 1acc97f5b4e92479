package com.excelmedical.staffing.jobs.importing;

import com.excelmedical.staffing.jobs.job.BillRate;
import com.excelmedical.staffing.jobs.job.RequiredCertification;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/** A feed row checked and translated to the columns of {@code jobs}, with a hash of its content. */
record ImportRow(String externalId, String title, String description, UUID professionId, UUID specialtyId,
                 String specialtyName, String jobType, String facilityName, UUID cityId, String cityName, String stateCode,
                 String zip, Double latitude, Double longitude, LocalDate startDate, LocalDate endDate, boolean asap,
                 Integer durationWeeks, String shift, LocalTime shiftStart, LocalTime shiftEnd, BigDecimal hoursPerWeek,
                 BigDecimal hourlyPay, BigDecimal weeklyPay, BigDecimal housingStipend, BigDecimal signOnBonus, int openings,
                 String status, boolean featured, boolean urgent, String seoTitle, String seoDescription,
                 List<RequiredCertification> certifications, List<BillRate> rates) {

    /** Equal for two rows exactly when every imported field is equal: unchanged rows are not written. */
    String contentHash() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
