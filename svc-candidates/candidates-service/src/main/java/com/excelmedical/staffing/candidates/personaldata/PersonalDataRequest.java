package com.excelmedical.staffing.candidates.personaldata;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * The candidate's SSN and date of birth; a field left out keeps what is on file, a field not declared
 * ({@code unknown}) is a 400 naming it. Its {@link #toString()} is masked, so the request never reaches a
 * log in full.
 *
 * @param ssn         123-45-6789 or 123456789; area 000, 666 and 900-999 are never issued
 * @param dateOfBirth ISO date, 16 to 100 years ago
 */
public record PersonalDataRequest(@Schema(pattern = "\\d{3}-?\\d{2}-?\\d{4}") @SocialSecurityNumber String ssn,
                                  @BirthDate LocalDate dateOfBirth,
                                  @JsonAnySetter @Schema(hidden = true) Map<String, Object> unknown) {

    /** The first field of the body this request does not declare (such as {@code candidateId}), if any. */
    Optional<String> unknownField() {
        return unknown == null ? Optional.empty() : unknown.keySet().stream().sorted().findFirst()
                .map(field -> field.length() > 60 ? field.substring(0, 60) : field);
    }

    @Override
    public String toString() {
        return "PersonalDataRequest[ssn=" + (ssn == null ? null : "***") + ", dateOfBirth="
                + (dateOfBirth == null ? null : DateOfBirth.MASK) + "]";
    }
}
