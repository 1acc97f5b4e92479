package com.excelmedical.staffing.jobs.job;

import com.excelmedical.staffing.platform.validation.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
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
 *
 * Amounts and counts are bounded here as the database stores them (money {@code numeric(10, 2)}, hours
 * {@code numeric(5, 2)}), so an out-of-range value is a 400 naming the field.
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
        @Positive @Max(520) Integer durationWeeks,
        @Pattern(regexp = "day|night|evening|rotating", message = "must be day, night, evening or rotating") String shift,
        LocalTime shiftStart,
        LocalTime shiftEnd,
        @Positive @DecimalMax(value = "168", message = "must be at most 168 (the hours in a week)") @Digits(integer = 3, fraction = 2) BigDecimal hoursPerWeek,
        @Money BigDecimal hourlyPay,
        @Money BigDecimal weeklyPay,
        @Money BigDecimal housingStipend,
        @Money BigDecimal signOnBonus,
        @NotNull @Min(1) @Max(10000) Integer openings,
        Boolean featured,
        Boolean urgent,
        @Size(max = 5000) String requirements,
        @Size(max = 5000) String benefits,
        @Size(max = 255) String seoTitle,
        @Size(max = 500) String seoDescription,
        @Size(max = 30) List<@Valid Certification> certifications,
        @Size(max = 30) List<@Valid Rate> rates,
        @Pattern(regexp = "draft|active", message = "must be draft or active") String status,
        @PositiveOrZero Long version) {

    public record Certification(@NotBlank @Size(max = 30) String certification, Boolean forOnboarding, Boolean forSubmittal) {
    }

    public record Rate(@NotBlank @Size(max = 50) String code, @NotNull @Money BigDecimal rate) {
    }
}
