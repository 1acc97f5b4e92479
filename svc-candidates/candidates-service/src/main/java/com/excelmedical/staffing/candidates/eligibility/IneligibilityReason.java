package com.excelmedical.staffing.candidates.eligibility;

import java.util.Objects;

/** One reason, with the certification it concerns (null for license reasons). */
public record IneligibilityReason(ReasonCode code, CertificationCode certification) {

    public IneligibilityReason {
        Objects.requireNonNull(code, "code");
    }

    static IneligibilityReason of(ReasonCode code) {
        return new IneligibilityReason(code, null);
    }

    static IneligibilityReason of(ReasonCode code, CertificationCode certification) {
        return new IneligibilityReason(code, certification);
    }

    /** The reason as the API shows it: {@code no_license_in_state}, {@code certification_missing:BLS}. */
    @Override
    public String toString() {
        return certification == null ? code.code() : code.code() + ":" + certification.value();
    }
}
