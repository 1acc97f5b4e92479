package com.excelmedical.staffing.candidates.credentials.verification;

import com.excelmedical.staffing.candidates.credentials.UndeclaredFields;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.util.Map;

/** How staff verified the credential: {@code PRIMARY_SOURCE}, {@code NURSYS}, {@code DOCUMENT} or {@code MANUAL}. */
public record VerificationRequest(
        @NotNull @Pattern(regexp = METHODS, message = "must be one of " + METHODS) String method,
        @JsonAnySetter @Schema(hidden = true) Map<String, Object> unknown) {

    static final String METHODS = "PRIMARY_SOURCE|NURSYS|DOCUMENT|MANUAL";

    void refuseUndeclared() {
        UndeclaredFields.refuse(unknown, "a verification (method)");
    }
}
