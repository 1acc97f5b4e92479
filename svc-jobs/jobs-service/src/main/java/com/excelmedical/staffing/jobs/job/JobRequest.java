package com.excelmedical.staffing.jobs.job;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * A job as a recruiter writes it (create and full replace).
 *
 * @param status  on create only: {@code draft} (default) or {@code active}
 * @param version on replace: the version the recruiter edited; a newer one in the database answers 409
 * @param rates   internal bill rates, stored but never shown publicly
 */
public record JobRequest(
        @NotBlank @Size(max = 255) String title,
        @Size(max = 20000) String description,
        UUID professionId,
        @NotNull UUID specialtyId,
        @NotNull @Pattern(regexp = "travel|perm|per_diem|local", message = "must be travel, perm, per_diem or local") String jobType,
        @NotBlank @Size(max = 255) String facilityName,
        UUID cityId,
        @NotBlank @Pattern(regexp = "[A-Za-z]{2}", message = "must be a two-letter state code") String stateCode,
        @Size(max = 10) String zip,
        @NotNull LocalDate startDate,
        LocalDate endDate,
        Boolean asap,
        @Positive Integer durationWeeks,
        @Pattern(regexp = "day|night|evening|rotating", message = "must be day, night, evening or rotating") String shift,
        LocalTime shiftStart,
        LocalTime shiftEnd,
        @Positive BigDecimal hoursPerWeek,
        @PositiveOrZero BigDecimal hourlyPay,
        @PositiveOrZero BigDecimal weeklyPay,
        @PositiveOrZero BigDecimal housingStipend,
        @PositiveOrZero BigDecimal signOnBonus,
        @NotNull @Min(1) Integer openings,
        Boolean featured,
        Boolean urgent,
        @Size(max = 5000) String requirements,
        @Size(max = 5000) String benefits,
        @Size(max = 255) String seoTitle,
        @Size(max = 500) String seoDescription,
        @Size(max = 30) List<@Valid Certification> certifications,
        @Size(max = 30) List<@Valid Rate> rates,
        @Pattern(regexp = "draft|active", message = "must be draft or active") String status,
        Long version) {

    public record Certification(@NotBlank @Size(max = 30) String certification, Boolean forOnboarding, Boolean forSubmittal) {
    }

    public record Rate(@NotBlank @Size(max = 50) String code, @NotNull @PositiveOrZero BigDecimal rate) {
    }
}
