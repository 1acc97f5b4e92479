package com.excelmedical.staffing.candidates.credentials.work;

import com.excelmedical.staffing.candidates.credentials.CredentialDates;
import com.excelmedical.staffing.candidates.credentials.UndeclaredFields;
import com.excelmedical.staffing.candidates.profile.StateCodes;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/**
 * A position held: {@code endedOn} left out while it lasts; {@code specialty} a svc-jobs code ({@code ICU});
 * {@code version} (the one read) only when changing one. Undeclared fields are a 400 naming them.
 */
public record WorkExperienceRequest(
        @PositiveOrZero Long version,
        @NotBlank @Size(max = 200) String employer,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9_-]{1,40}", message = "must be a specialty code (ICU)") String specialty,
        @Size(max = 100) String city,
        @Pattern(regexp = StateCodes.PATTERN, message = StateCodes.MESSAGE) String stateCode,
        @NotNull LocalDate startedOn,
        LocalDate endedOn,
        @Size(max = 4000) String responsibilities,
        @JsonAnySetter @Schema(hidden = true) Map<String, Object> unknown) {

    /** The checked position: started and ended by today, ended on or after it started (400 naming the field). */
    WorkExperienceDetails toDetails(LocalDate today) {
        UndeclaredFields.refuse(unknown, "a work experience");
        CredentialDates.notAfterToday("startedOn", startedOn, today);
        CredentialDates.notAfterToday("endedOn", endedOn, today);
        CredentialDates.ordered("startedOn", startedOn, "endedOn", endedOn, false);
        return new WorkExperienceDetails(employer.strip(), title.strip(),
                text(specialty) == null ? null : specialty.strip().toUpperCase(Locale.ROOT), text(city), stateCode, startedOn,
                endedOn, text(responsibilities));
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
