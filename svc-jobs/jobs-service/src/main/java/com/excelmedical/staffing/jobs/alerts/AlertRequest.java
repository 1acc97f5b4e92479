package com.excelmedical.staffing.jobs.alerts;

import com.excelmedical.staffing.platform.validation.Money;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** A saved search: empty lists mean "any"; {@code q} uses the same syntax as the job search. */
public record AlertRequest(
        @NotBlank @Size(max = 100) String name,
        @Size(max = 200) String q,
        @Size(max = 20) List<@NotNull UUID> specialtyIds,
        @Size(max = 51) List<@NotNull @Pattern(regexp = "[A-Za-z]{2}", message = "must be a two-letter state code") String> stateCodes,
        @Size(max = 20) List<@NotNull UUID> cityIds,
        @Size(max = 4) List<@NotNull @Pattern(regexp = "travel|perm|per_diem|local", message = "must be travel, perm, per_diem or local") String> jobTypes,
        @Size(max = 4) List<@NotNull @Pattern(regexp = "day|night|evening|rotating", message = "must be day, night, evening or rotating") String> shifts,
        @Money BigDecimal minWeeklyPay,
        @NotNull @Pattern(regexp = "instant|daily|weekly", message = "must be instant, daily or weekly") String frequency) {
}
