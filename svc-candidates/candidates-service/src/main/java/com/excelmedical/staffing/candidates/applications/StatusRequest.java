package com.excelmedical.staffing.candidates.applications;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /candidates/applications/{id}/status}: the target status, a note, the reason of a rejection,
 * and optionally the version the caller saw (409 when the application changed since).
 */
public record StatusRequest(@NotBlank String status, @Size(max = 2000) String note, @Size(max = 200) String reason,
                            Long version) {
}
