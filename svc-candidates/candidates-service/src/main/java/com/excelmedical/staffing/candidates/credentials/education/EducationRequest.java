package com.excelmedical.staffing.candidates.credentials.education;

import com.excelmedical.staffing.candidates.credentials.CredentialDates;
import com.excelmedical.staffing.candidates.credentials.UndeclaredFields;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.Map;

/**
 * A school attended: {@code completedOn} may be an expected date (up to ten years ahead); {@code version}
 * (the one read) only when changing one. Undeclared fields are a 400 naming them.
 */
public record EducationRequest(
        @PositiveOrZero Long version,
        @NotBlank @Size(max = 200) String institution,
        @Size(max = 100) String degree,
        @Size(max = 100) String field,
        LocalDate startedOn,
        LocalDate completedOn,
        @JsonAnySetter @Schema(hidden = true) Map<String, Object> unknown) {

    /** The checked entry: started by today, completed after it started and not far ahead (400 naming the field). */
    EducationDetails toDetails(LocalDate today) {
        UndeclaredFields.refuse(unknown, "an education entry");
        CredentialDates.notAfterToday("startedOn", startedOn, today);
        CredentialDates.ordered("startedOn", startedOn, "completedOn", completedOn, false);
        CredentialDates.notFarAhead("completedOn", completedOn, today);
        return new EducationDetails(institution.strip(), text(degree), text(field), startedOn, completedOn);
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
