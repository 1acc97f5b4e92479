package com.excelmedical.staffing.candidates.eligibilitycheck;

import java.util.Objects;

/**
 * One reason a candidate is not eligible: its code as the rules name it ({@code no_license_in_state},
 * {@code certification_missing:BLS}) and a sentence for people.
 */
public record EligibilityReason(String code, String detail) {

    public EligibilityReason {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(detail, "detail");
    }
}
