package com.excelmedical.staffing.content.guide;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import com.excelmedical.staffing.content.guide.GuideParts.Facility;
import com.excelmedical.staffing.content.guide.GuideParts.Highlight;
import com.excelmedical.staffing.content.guide.GuideParts.Housing;
import com.excelmedical.staffing.content.guide.GuideParts.Section;
import com.excelmedical.staffing.content.guide.GuideParts.Transportation;
import java.math.BigDecimal;
import java.util.List;

/**
 * A city guide to create or replace. {@code cityName} must give the city slug of the address; {@code version}
 * is required to replace an existing guide (the version the edit was made on).
 *
 * @param costOfLivingIndex 100 is the national average
 */
public record CityGuideRequest(@NotBlank @Size(max = 100) String cityName,
                               @NotBlank @Size(max = 200) String title,
                               @Size(max = 2000) String summary,
                               @NotNull @Size(max = 30) List<@NotNull @Valid Section> sections,
                               @Size(max = 50) List<@NotNull @Valid Highlight> highlights,
                               @Size(max = 30) List<@NotNull @Valid Housing> housingOptions,
                               @Size(max = 30) List<@NotNull @Valid Transportation> transportationOptions,
                               @Size(max = 50) List<@NotNull @Valid Facility> healthcareFacilities,
                               @DecimalMin("0") @DecimalMax("1000") @Digits(integer = 4, fraction = 2) BigDecimal costOfLivingIndex,
                               Boolean aiGenerated,
                               @PositiveOrZero Long version) {
}
