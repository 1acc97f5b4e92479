package com.excelmedical.staffing.candidates.matches;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.util.Map;
import java.util.UUID;

/** {@code POST /candidates/me/swipes}: a field the body does not declare ({@code unknown}) is a 400 naming it. */
public record SwipeRequest(
        @NotNull UUID jobId,
        @NotNull @Schema(allowableValues = {"like", "pass", "save"}) @Pattern(regexp = SwipeAction.CODES,
                message = "must be one of like, pass, save") String action,
        @JsonAnySetter @Schema(hidden = true) Map<String, Object> unknown) {

    SwipeAction swipeAction() {
        return SwipeAction.fromCode(action).orElseThrow();
    }
}
